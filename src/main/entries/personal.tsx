import { preloadPersonal } from '../../ui/surfaces/personal/routePages';
import { startSurface } from '../bootstrap';

// The view loads after the first paint, with the rest of the app; the page the address names starts
// loading with it rather than once the view's chunk has arrived (a round trip later).
void startSurface('personal', () => {
  const page = preloadPersonal();
  // A failed early load is not fatal: the page loads again when it renders, and reports a failure then.
  page.catch(() => undefined);
  return import('../../ui/surfaces/personal/PersonalSurface').then((m) => ({
    render: () => <m.PersonalSurface />,
    preload: () => page,
  }));
});
