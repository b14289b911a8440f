import { startSurface } from '../../../app/bootstrap';
import { MeetingTabSurface, preloadMeetingTab } from './MeetingTabSurface';

void startSurface('meetingTab', ({ binding }) => <MeetingTabSurface binding={binding} />, {
  preload: preloadMeetingTab,
});
