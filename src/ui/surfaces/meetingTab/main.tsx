import { startSurface } from '../../../app/bootstrap';
import { MeetingTabSurface } from './MeetingTabSurface';

void startSurface('meetingTab', ({ binding }) => <MeetingTabSurface binding={binding} />);
