import { startSurface } from '../../../app/bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('meetingStage', () =>
  import('./StageSurface').then((m) => ({
    render: ({ binding }) => <m.StageSurface binding={binding} />,
    preload: m.preloadStage,
  })),
);
