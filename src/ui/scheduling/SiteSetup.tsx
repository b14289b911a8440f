import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { MessageKey } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';

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

type Outcome = { kind: 'done'; created: string[] } | { kind: 'error'; text: MessageKey } | undefined;

/** Graph errors carry the HTTP status; read it without depending on the adapter. */
const statusOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number'
    ? (e as { status: number }).status
    : undefined;

function explain(e: unknown): MessageKey {
  const status = statusOf(e);
  if (status === 403 || status === 401) return 'scheduling.site.failedRefused';
  if (status === 404) return 'scheduling.site.failedNotFound';
  return 'scheduling.site.failed';
}

/**
 * First-run set-up of the area's SharePoint site (its lists, columns and minutes library). It is
 * safe to run again: what exists is left alone. Shown on the Panels pages whenever the services can
 * set up a site: always in Microsoft 365 mode; in local mode only when the host harness pretends one.
 */
export function SiteSetup({
  setUpSite,
  onDone,
}: {
  setUpSite: () => Promise<{ created: string[] }>;
  onDone?: () => void;
}) {
  const styles = useStyles();
  const t = useT();
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
        {t('scheduling.site.heading')}
      </Text>
      <Text>{t('scheduling.site.intro')}</Text>
      <Button disabled={busy} onClick={() => void run()}>
        {t('scheduling.site.setUp')}
      </Button>
      {busy && <Spinner size="tiny" label={t('scheduling.site.settingUp')} />}
      {outcome?.kind === 'error' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(outcome.text)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'done' &&
        (outcome.created.length === 0 ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t('scheduling.site.alreadySetUp')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <MessageBar intent="success" role="status">
              <MessageBarBody>{t('scheduling.site.setUpAdded', { count: outcome.created.length })}</MessageBarBody>
            </MessageBar>
            <ul className={styles.list} aria-label={t('scheduling.site.added')}>
              {outcome.created.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
