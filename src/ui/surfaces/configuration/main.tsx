import { startSurface } from '../../../app/bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('configuration', () =>
  import('./ConfigurationSurface').then((m) => ({
    render: () => <m.ConfigurationSurface />,
  })),
);
