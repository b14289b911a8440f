import type { Area } from '../../i18n/catalogues';

/**
 * The catalogue areas each lazily loaded view shows, beyond those every page carries
 * (`ALWAYS_LOADED`: common, shell, errors, surfaces, people). A view's areas load with its code
 * (`preloadable`), so a surface downloads only the messages it can show. Every key a view's own code
 * and the hooks it calls name is checked against this list by `test/ui/surfaces/viewAreas.test.ts`;
 * a message from elsewhere said without its area is reported at run time and fails the pseudo-locale
 * browser test.
 */
export const viewAreas = {
  acknowledgementGate: ['confidentiality'],
  sidePanelRunner: [
    'minutes',
    'sections',
    'meeting',
    'confidentiality',
    'disclosure',
    'documents',
    'cases',
    'scheduling',
  ],
  minutesEditor: [
    'minutes',
    'sections',
    'confidentiality',
    'disclosure',
    'documents',
    'cases',
    'caseTeam',
    'scheduling',
    'actions',
  ],
  stageView: ['meeting', 'sections', 'minutes'],
  myActions: ['actions'],
  panels: ['register', 'cases', 'scheduling'],
  /** The register's first-run set-up of a Microsoft 365 area's site. */
  siteSetup: ['scheduling'],
  /** One case's panels, opened from the register. */
  casePanels: ['scheduling', 'caseTeam', 'cases', 'actions', 'mail'],
  /** The register's identify, refer, screen and referral-decision dialogs. */
  caseDialogs: ['cases', 'mail', 'scheduling'],
  coordinatorActions: ['actions'],
  mailOutbox: ['actions', 'mail'],
  accessibility: ['statement'],
  audit: ['audit', 'actions'],
} as const satisfies Record<string, readonly Area[]>;
