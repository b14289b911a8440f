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
import { statementsIn } from '../../core/area/areaSettings';
import { personalCommitments } from '../../core/confidentiality/acknowledgements';
import { useT } from '../i18n/I18nProvider';
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
  const t = useT();
  // The area's statement in the reader's language (the area keeps it in English and Welsh).
  const statement = statementsIn(services.settings, t.locale);
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
  if (state === 'checking') return <Spinner size="small" label={t('confidentiality.gate.checking')} />;

  const acknowledge = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await recordAcknowledgement(services, { caseId, meetingId, language: statement.language });
      setRecorded(true);
    } catch {
      setError(t('confidentiality.gate.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.card} aria-labelledby="confidentiality-title">
      <Text as="h2" id="confidentiality-title" size={500} weight="semibold">
        {t('confidentiality.gate.title')}
      </Text>
      <Text as="p" lang={statement.language}>
        {statement.confidentiality}
      </Text>
      <Text as="p" weight="semibold">
        {t('confidentiality.gate.confirmIntro')}
      </Text>
      <ul className={styles.list}>
        {personalCommitments.map((c) => (
          <li key={c.key}>
            <Text>{t(c)}</Text>
          </li>
        ))}
      </ul>
      <Checkbox
        checked={agreed}
        onChange={(_, d) => setAgreed(d.checked === true)}
        label={t('confidentiality.gate.agree')}
      />
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" disabled={!agreed || saving} onClick={() => void acknowledge()}>
          {saving ? t('confidentiality.gate.saving') : t('confidentiality.gate.acknowledge')}
        </Button>
      </div>
    </section>
  );
}
