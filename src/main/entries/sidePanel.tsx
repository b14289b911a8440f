import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app.
void startSurface('sidePanel', () =>
  import('../../ui/surfaces/sidePanel/SidePanelSurface').then((m) => ({
    render: ({ binding }) => <m.SidePanelSurface binding={binding} />,
    preload: m.preloadSidePanel,
  })),
);
