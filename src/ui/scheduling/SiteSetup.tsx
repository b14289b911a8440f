import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type Outcome = { kind: 'done'; created: string[] } | { kind: 'error'; text: string } | undefined;

/** Graph errors carry the HTTP status; read it without depending on the adapter. */
const statusOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number'
    ? (e as { status: number }).status
    : undefined;

function explain(e: unknown): string {
  const status = statusOf(e);
  if (status === 403 || status === 401) {
    return (
      'Microsoft 365 refused access to the area site. An administrator must grant MAPPA Panel access to ' +
      'this site (the per-site Sites.Selected grant, with the manage role for the first set-up). ' +
      'Nothing was changed that cannot be set up again.'
    );
  }
  if (status === 404) return 'The area site was not found. Check the site id in the configuration.';
  return 'The area site could not be set up just now. Nothing is lost; try again in a moment.';
}

/**
 * First-run set-up of the area's SharePoint site (its lists, columns and minutes library). It is
 * safe to run again: what exists is left alone. Shown on the coordinator's Panels page in
 * Microsoft 365 mode only.
 */
export function SiteSetup({
  setUpSite,
  onDone,
}: {
  setUpSite: () => Promise<{ created: string[] }>;
  onDone?: () => void;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const run = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { created } = await setUpSite();
      setOutcome({ kind: 'done', created });
      onDone?.();
    } catch (e) {
      setOutcome({ kind: 'error', text: explain(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="site-setup-heading">
      <Text weight="semibold" id="site-setup-heading">
        Area site
      </Text>
      <Text>
        Before the first panel, set up the area’s SharePoint site: its lists for cases, panels, meetings, actions and
        audit, and the minutes library. It is safe to run again.
      </Text>
      <Button disabled={busy} onClick={() => void run()}>
        Set up the area site
      </Button>
      {busy && <Spinner size="tiny" label="Setting up the area site…" />}
      {outcome?.kind === 'error' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'done' &&
        (outcome.created.length === 0 ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>The area site is already set up: nothing needed adding.</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <MessageBar intent="success" role="status">
              <MessageBarBody>The area site is set up. Added {outcome.created.length}:</MessageBarBody>
            </MessageBar>
            <ul className={styles.list} aria-label="Added to the area site">
              {outcome.created.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
