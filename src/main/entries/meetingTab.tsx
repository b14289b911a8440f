import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('meetingTab', () =>
  import('../../ui/surfaces/meetingTab/MeetingTabSurface').then((m) => ({
    render: ({ binding }) => <m.MeetingTabSurface binding={binding} />,
    preload: m.preloadMeetingTab,
  })),
);
