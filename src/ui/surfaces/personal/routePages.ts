import { preloadable } from '../preloadable';
import { viewAreas } from '../viewAreas';
import { routeFrom, type PersonalRoute } from './routes';

/**
 * The personal app's pages, one chunk each. They are kept here, out of `PersonalSurface.tsx`, so that
 * the page's entry can start loading the one the address names together with the surface's own chunk:
 * declared inside the surface, they could only be asked for once its chunk had arrived, a round trip
 * later. This module holds only the loaders, so the entry carries next to nothing for it.
 */
export const MyActionsPage = preloadable(() => import('../../actions/MyActionsPage'), viewAreas.myActions);
// The Panels tab opens on the case register; each case's panels open from it.
export const PanelsPage = preloadable(() => import('../../register/PanelsHome'), viewAreas.panels);
export const CoordinatorActionsPage = preloadable(
  () => import('../../actions/CoordinatorActionsPage'),
  viewAreas.coordinatorActions,
);
export const MailOutboxPage = preloadable(() => import('../../actions/MailOutboxPage'), viewAreas.mailOutbox);
export const AccessibilityStatement = preloadable(
  () => import('../accessibility/AccessibilityStatement'),
  viewAreas.accessibility,
);
export const AuditPage = preloadable(() => import('../../audit/AuditPage'), viewAreas.audit);

const pages: Record<PersonalRoute, { preload(): Promise<void> }> = {
  'my-actions': MyActionsPage,
  panels: PanelsPage,
  'panels/actions': CoordinatorActionsPage,
  'panels/audit': AuditPage,
  outbox: MailOutboxPage,
  accessibility: AccessibilityStatement,
};

/**
 * Starts loading the page the address names (the personal tabs' addresses name their route), while
 * the host and the store start; a static tab that names its page only through the host's page id
 * loads it when the host has said. Rendering reports any failure.
 */
export function preloadPersonal(): Promise<void> {
  return pages[routeFrom(window.location.hash)].preload();
}
