/** @jest-environment jsdom */
import { hrefFor, routeFrom } from '../../../../src/ui/surfaces/personal/routes';

describe('personal tab routes', () => {
  it('reads the route from the address first', () => {
    expect(routeFrom('#/panels/actions', 'my-actions')).toBe('panels/actions');
    expect(routeFrom('#/outbox')).toBe('outbox');
    expect(routeFrom('#/panels/', undefined)).toBe('panels');
    expect(routeFrom('#/panels?view=overdue&case=case_a')).toBe('panels');
  });

  it('falls back to the static tab page id, then My actions', () => {
    expect(routeFrom('', 'panels')).toBe('panels');
    expect(routeFrom('#/nowhere', 'unknown')).toBe('my-actions');
    expect(routeFrom('')).toBe('my-actions');
  });

  it('links to each route by hash', () => {
    expect(hrefFor('panels/actions')).toBe('#/panels/actions');
  });
});
