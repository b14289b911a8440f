import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('landing', () =>
  import('../../ui/surfaces/landing/LandingSurface').then((m) => ({
    render: () => <m.LandingSurface />,
  })),
);
