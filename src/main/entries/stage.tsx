import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('meetingStage', () =>
  import('../../ui/surfaces/stage/StageSurface').then((m) => ({
    render: ({ binding }) => <m.StageSurface binding={binding} />,
    preload: m.preloadStage,
  })),
);
