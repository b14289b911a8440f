import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';

import { SurfaceReady } from '../SurfaceMessages';

/** The Level 3 demo case, chaired by the demo user, so each bound surface opens on something to see. */
const DEMO_CASE_ID = 'case_demo_0102';

/** `page` is the plain-web-page link; the side panel and the stage exist only where a host says so. */
type Entry = { label: string; description: string; harness: Record<string, string>; page?: string };

const entries: Entry[] = [
  {
    label: 'Meeting side panel',
    description: 'The chair’s run through the minutes, 280 to 320 px wide.',
    harness: { surface: 'sidePanel', host: 'teams', caseId: DEMO_CASE_ID },
  },
  {
    label: 'Meeting stage',
    description: 'What everyone in the meeting sees when the chair shares.',
    harness: { surface: 'meetingStage', host: 'teams', caseId: DEMO_CASE_ID },
  },
  {
    label: 'Meeting tab',
    description: 'The full minutes before, during and after the panel.',
    harness: { surface: 'meetingTab', host: 'teams', caseId: DEMO_CASE_ID },
    page: `tab.html?caseId=${DEMO_CASE_ID}`,
  },
  {
    label: 'Configuration page',
    description: 'Links a meeting tab to one case.',
    harness: { surface: 'configuration', host: 'teams' },
    page: 'config.html',
  },
  {
    label: 'My actions in Teams',
    description: 'Every action you own, across panels.',
    harness: { surface: 'personal', host: 'teams', page: 'my-actions' },
    page: 'personal.html#/my-actions',
  },
  {
    label: 'My actions in Outlook',
    description: 'The same personal app, hosted by Outlook.',
    harness: { surface: 'personal', host: 'outlook', page: 'my-actions' },
    page: 'personal.html#/my-actions',
  },
  {
    label: 'Panels in Teams',
    description: 'The coordinator’s case register and panel series.',
    harness: { surface: 'personal', host: 'teams', page: 'panels' },
    page: 'personal.html#/panels',
  },
  {
    label: 'Panels in Outlook',
    description: 'The coordinator’s view, hosted by Outlook.',
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
  return (
    <>
      <SurfaceReady />
      <Text as="p" className={styles.intro}>
        Each surface opens in the host harness, which frames it as Teams or Outlook would, or on its own as a plain web
        page.
      </Text>
      <ul className={styles.list} aria-label="Surfaces">
        {entries.map((e) => (
          <li key={e.label} className={styles.item}>
            <Text as="h2" size={400} weight="semibold">
              {e.label}
            </Text>
            <Text>{e.description}</Text>
            <span className={styles.links}>
              <Link href={harnessHref(e.harness)} aria-label={`${e.label} in the host harness`}>
                In the host harness
              </Link>
              {e.page && (
                <Link href={e.page} aria-label={`${e.label} as a plain web page`}>
                  As a plain web page
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.footer}>
        <Link href="personal.html#/accessibility">Accessibility statement</Link>
      </Text>
    </>
  );
}
