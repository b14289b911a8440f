import { startSurface } from '../../../app/bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('landing', () =>
  import('./LandingSurface').then((m) => ({
    render: () => <m.LandingSurface />,
  })),
);
