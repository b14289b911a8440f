import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

import { recordAcknowledgement } from '../../app/confidentiality/operations';
import { useMyAcknowledgement } from '../../app/confidentiality/useAcknowledgements';
import { useServices } from '../../app/ServicesProvider';
import { personalCommitments } from '../../core/confidentiality/acknowledgements';
import { PrivacyScreen } from './PrivacyScreen';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    minWidth: '0',
    overflowWrap: 'anywhere',
  },
  list: { margin: '0', paddingLeft: tokens.spacingHorizontalXL },
});

type State = 'checking' | 'needed' | 'acknowledged';

/**
 * Shows case content only after the signed-in attendee has acknowledged the area's confidentiality
 * statement and the personal commitments. Until then the children are not rendered at all.
 */
export default function AcknowledgementGate({
  caseId,
  meetingId,
  children,
}: {
  meetingId?: string;
  caseId: string;
  children: ReactNode;
}) {
  const services = useServices();
  const styles = useStyles();
  const [read] = useMyAcknowledgement(meetingId);
  const [recorded, setRecorded] = useState(false);
  const state: State =
    recorded || (read.state === 'ready' && read.value)
      ? 'acknowledged'
      : meetingId && read.state === 'loading'
        ? 'checking'
        : 'needed';
  const [agreed, setAgreed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  if (state === 'acknowledged') {
    return <PrivacyScreen timeoutMinutes={services.settings.privacyTimeoutMinutes}>{children}</PrivacyScreen>;
  }
  if (state === 'checking') return <Spinner size="small" label="Checking your confidentiality acknowledgement" />;

  const acknowledge = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await recordAcknowledgement(services, { caseId, meetingId });
      setRecorded(true);
    } catch {
      setError('Your acknowledgement could not be saved, so case content stays hidden. Try again.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.card} aria-labelledby="confidentiality-title">
      <Text as="h2" id="confidentiality-title" size={500} weight="semibold">
        Confidentiality statement
      </Text>
      <Text as="p">{services.settings.statements.confidentiality}</Text>
      <Text as="p" weight="semibold">
        Before you see any case information, confirm that:
      </Text>
      <ul className={styles.list}>
        {personalCommitments.map((c) => (
          <li key={c}>
            <Text>{c}</Text>
          </li>
        ))}
      </ul>
      <Checkbox
        checked={agreed}
        onChange={(_, d) => setAgreed(d.checked === true)}
        label="I have read the statement and I make these commitments"
      />
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={!agreed || saving} onClick={() => void acknowledge()}>
          {saving ? 'Saving…' : 'Acknowledge and continue'}
        </Button>
      </div>
    </section>
  );
}
