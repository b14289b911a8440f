import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { useMailOutbox } from '../../app/mail/useMailOutbox';
import type { RecordedMail } from '../../core/ports';
import { useServices } from '../../app/ServicesProvider';
import { formatInstant, PageHeading, Pager } from './parts';

const PER_PAGE = 25;

const purposes: Record<RecordedMail['purpose'], string> = {
  reminder: 'Reminder',
  distribution: 'Minutes distribution',
  executiveSummary: 'Executive summary',
  notification: 'Notification',
};

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '60rem' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  mail: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyBase },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Local mode's mail outbox: every message that would have been sent, newest first. Nothing leaves the browser. */
export default function MailOutboxPage() {
  const styles = useStyles();
  const { mode, settings } = useServices();
  const [loaded] = useMailOutbox();
  const [page, setPage] = useState(0);

  if (mode !== 'local') {
    return <Text>Mail is sent through Microsoft 365 in this mode; there is no local outbox.</Text>;
  }
  if (loaded.state === 'loading') return <Spinner label="Loading the outbox…" />;
  if (loaded.state === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>The outbox could not be loaded.</MessageBarBody>
      </MessageBar>
    );
  }
  const mails = loaded.value;
  const shown = mails.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
  return (
    <div className={styles.page}>
      <PageHeading
        title="Outbox"
        summary="Demo mode sends no e-mail. These are the messages that would have been sent."
      />
      {mails.length === 0 && <Text>Nothing would have been sent yet.</Text>}
      <ul className={styles.list} aria-label="Messages">
        {shown.map((m) => (
          <li key={m.idempotencyKey}>
            <article aria-label={`${purposes[m.purpose]} to ${m.to.join(', ')}`} className={styles.mail}>
              <Text weight="semibold">{m.subject}</Text>
              <Text size={200} className={styles.muted}>
                {purposes[m.purpose]} to {m.to.join(', ')}, {formatInstant(m.recordedAt, settings.timeZone)}
                {(m.attachments?.length ?? 0) > 0 && `, ${m.attachments?.length} attached`}
              </Text>
              <Text as="p" className={styles.body}>
                {m.body}
              </Text>
            </article>
          </li>
        ))}
      </ul>
      <Pager page={page} pageCount={Math.ceil(mails.length / PER_PAGE)} onPage={setPage} label="Pages of the outbox" />
    </div>
  );
}
