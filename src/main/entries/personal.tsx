import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('personal', () =>
  import('../../ui/surfaces/personal/PersonalSurface').then((m) => ({
    render: () => <m.PersonalSurface />,
    preload: m.preloadPersonal,
  })),
);
