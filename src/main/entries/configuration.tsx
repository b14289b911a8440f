import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('configuration', () =>
  import('../../ui/surfaces/configuration/ConfigurationSurface').then((m) => ({
    render: () => <m.ConfigurationSurface />,
  })),
);
