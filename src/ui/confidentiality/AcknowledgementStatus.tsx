import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

import { useAcknowledgements } from '../../app/confidentiality/useAcknowledgements';
import type { Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import { unacknowledgedAttendees } from '../../core/confidentiality/acknowledgements';
import { agencyLabel, type Person } from '../../core/people/agency';

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
        Confidentiality acknowledgements
      </Text>
      {failed ? (
        <Text>Acknowledgements could not be loaded.</Text>
      ) : !acks ? (
        <Text>Loading…</Text>
      ) : missing.length === 0 ? (
        <Text>Everyone present has acknowledged.</Text>
      ) : (
        <>
          <Text>Not yet acknowledged ({missing.length}):</Text>
          <ul className={styles.list} aria-label="Not yet acknowledged">
            {missing.map((p) => (
              <li key={p.id}>
                <Text>
                  {p.name}, {agencyLabel(p.agency)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <div>
        <Button size="small" onClick={reload}>
          Refresh
        </Button>
      </div>
    </section>
  );
}

export default AcknowledgementStatus;
