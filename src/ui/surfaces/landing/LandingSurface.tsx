import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';

import type { MessageKey } from '../../../i18n/message';
import { useT } from '../../i18n/I18nProvider';
import { SurfaceReady } from '../SurfaceMessages';

/** The Level 3 demo case, chaired by the demo user, so each bound surface opens on something to see. */
const DEMO_CASE_ID = 'case_demo_0102';

/** `page` is the plain-web-page link; the side panel and the stage exist only where a host says so. */
type Entry = { id: LandingEntry; harness: Record<string, string>; page?: string };

type LandingEntry =
  | 'sidePanel'
  | 'stage'
  | 'meetingTab'
  | 'configuration'
  | 'myActionsTeams'
  | 'myActionsOutlook'
  | 'panelsTeams'
  | 'panelsOutlook';

const labelKey = (id: LandingEntry): MessageKey => `surfaces.landing.${id}.label` as const;
const descriptionKey = (id: LandingEntry): MessageKey => `surfaces.landing.${id}.description` as const;

const entries: Entry[] = [
  {
    id: 'sidePanel',
    harness: { surface: 'sidePanel', host: 'teams', caseId: DEMO_CASE_ID },
  },
  {
    id: 'stage',
    harness: { surface: 'meetingStage', host: 'teams', caseId: DEMO_CASE_ID },
  },
  {
    id: 'meetingTab',
    harness: { surface: 'meetingTab', host: 'teams', caseId: DEMO_CASE_ID },
    page: `tab.html?caseId=${DEMO_CASE_ID}`,
  },
  {
    id: 'configuration',
    harness: { surface: 'configuration', host: 'teams' },
    page: 'config.html',
  },
  {
    id: 'myActionsTeams',
    harness: { surface: 'personal', host: 'teams', page: 'my-actions' },
    page: 'personal.html#/my-actions',
  },
  {
    id: 'myActionsOutlook',
    harness: { surface: 'personal', host: 'outlook', page: 'my-actions' },
    page: 'personal.html#/my-actions',
  },
  {
    id: 'panelsTeams',
    harness: { surface: 'personal', host: 'teams', page: 'panels' },
    page: 'personal.html#/panels',
  },
  {
    id: 'panelsOutlook',
    harness: { surface: 'personal', host: 'outlook', page: 'panels' },
    page: 'personal.html#/panels',
  },
];

const harnessHref = (params: Record<string, string>) => `harness.html?${new URLSearchParams(params).toString()}`;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    padding: '0',
    margin: '0',
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Wrapped links a row apart, so each keeps a 24 px target (WCAG 2.5.8).
  links: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  intro: { display: 'block', marginBottom: tokens.spacingVerticalM },
  footer: { display: 'block', marginTop: tokens.spacingVerticalXL },
});

/** Local mode's front page: every surface, opened in the host harness as Teams or Outlook would frame it. */
export function LandingSurface() {
  const styles = useStyles();
  const t = useT();
  return (
    <>
      <SurfaceReady />
      <Text as="p" className={styles.intro}>
        {t('surfaces.landing.intro')}
      </Text>
      <ul className={styles.list} aria-label={t('surfaces.landing.list')}>
        {entries.map((e) => (
          <li key={e.id} className={styles.item}>
            <Text as="h2" size={400} weight="semibold">
              {t(labelKey(e.id))}
            </Text>
            <Text>{t(descriptionKey(e.id))}</Text>
            <span className={styles.links}>
              <Link
                href={harnessHref(e.harness)}
                aria-label={t('surfaces.landing.inHarness.name', { surface: t(labelKey(e.id)) })}
              >
                {t('surfaces.landing.inHarness')}
              </Link>
              {e.page && (
                <Link href={e.page} aria-label={t('surfaces.landing.asPage.name', { surface: t(labelKey(e.id)) })}>
                  {t('surfaces.landing.asPage')}
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.footer}>
        <Link href="personal.html#/accessibility">{t('surfaces.landing.accessibility')}</Link>
      </Text>
    </>
  );
}
