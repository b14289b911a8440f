/** In-app routes of the one personal app (Teams, Outlook and the Microsoft 365 app show it as tabs). */
export type PersonalRoute = 'my-actions' | 'panels' | 'panels/actions' | 'panels/audit' | 'outbox' | 'accessibility';

const routes: readonly PersonalRoute[] = [
  'my-actions',
  'panels',
  'panels/actions',
  'panels/audit',
  'outbox',
  'accessibility',
];

/**
 * A deep link's sub-page (a route inside the tab, as Teams passes it), else the route in the address
 * (`#/panels`), else the static tab's page id, else My actions.
 */
export function routeFrom(hash: string, pageId?: string, subPageId?: string): PersonalRoute {
  // A route may carry its own query (`#/panels?view=overdue`): the route is the part before it.
  const fromHash = hash.replace(/^#\/?/, '').split('?')[0]!.replace(/\/$/, '');
  const known = (value: string | undefined) => routes.find((r) => r === value);
  return known(subPageId) ?? known(fromHash) ?? known(pageId) ?? 'my-actions';
}

export const hrefFor = (route: PersonalRoute): string => `#/${route}`;
