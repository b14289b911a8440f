import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

import { useAcknowledgements } from '../../app/confidentiality/useAcknowledgements';
import type { Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import { unacknowledgedAttendees } from '../../core/confidentiality/acknowledgements';
import type { Person } from '../../core/people/agency';
import { useT } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: '0' },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalXL },
});

/** The chair's view: which present attendees have not yet acknowledged the confidentiality statement. */
export function AcknowledgementStatus({
  meetingId,
  attendeesPresent,
  onLoaded,
}: {
  meetingId: string;
  attendeesPresent: readonly Person[];
  /** Each time the acknowledgements are read, e.g. to record them in the minutes' attendance. */
  onLoaded?: (acks: Acknowledgement[]) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const [read, reload] = useAcknowledgements(meetingId);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;
  const acks = read.state === 'ready' ? read.value : undefined;
  const failed = read.state === 'error';
  useEffect(() => {
    if (acks) loaded.current?.(acks);
  }, [acks]);

  const missing = acks ? unacknowledgedAttendees(attendeesPresent, acks) : [];
  return (
    <section className={styles.root} aria-labelledby="ack-status-title" aria-live="polite">
      <Text as="h3" id="ack-status-title" weight="semibold">
        {t('confidentiality.status.title')}
      </Text>
      {failed ? (
        <Text>{t('confidentiality.status.loadFailed')}</Text>
      ) : !acks ? (
        <Text>{t('confidentiality.status.loading')}</Text>
      ) : missing.length === 0 ? (
        <Text>{t('confidentiality.status.everyone')}</Text>
      ) : (
        <>
          <Text>{t('confidentiality.status.notYetCount', { count: t.number(missing.length) })}</Text>
          <ul className={styles.list} aria-label={t('confidentiality.status.notYetLabel')}>
            {missing.map((p) => (
              <li key={p.id}>
                <Text>
                  {t('confidentiality.status.person', {
                    name: p.name,
                    agency: t('documents.agency', { agency: p.agency }),
                  })}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <div>
        <Button size="small" onClick={reload}>
          {t('confidentiality.status.refresh')}
        </Button>
      </div>
    </section>
  );
}

export default AcknowledgementStatus;
