import { makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { useMailOutbox } from '../../app/mail/useMailOutbox';
import type { RecordedMail } from '../../core/ports';
import { useServices } from '../../app/ServicesProvider';
import { useT } from '../i18n/I18nProvider';
import { PageHeading, Pager, sayInstant } from './parts';

const PER_PAGE = 25;

const purposeKey = (purpose: RecordedMail['purpose']) => `actions.outbox.purpose.${purpose}` as const;

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
  const t = useT();
  const { mode, settings } = useServices();
  const [loaded] = useMailOutbox();
  const [page, setPage] = useState(0);

  if (mode !== 'local') {
    return <Text>{t('actions.outbox.notLocal')}</Text>;
  }
  if (loaded.state === 'loading') return <Spinner label={t('actions.outbox.loading')} />;
  if (loaded.state === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{t('actions.outbox.loadFailed')}</MessageBarBody>
      </MessageBar>
    );
  }
  const mails = loaded.value;
  const shown = mails.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
  return (
    <div className={styles.page}>
      <PageHeading title={t('actions.outbox.title')} summary={t('actions.outbox.summary')} />
      {mails.length === 0 && <Text>{t('actions.outbox.empty')}</Text>}
      <ul className={styles.list} aria-label={t('actions.outbox.messages')}>
        {shown.map((m) => {
          const said = { purpose: t(purposeKey(m.purpose)), to: m.to.join(', ') };
          const attached = m.attachments?.length ?? 0;
          const at = sayInstant(t, m.recordedAt, settings.timeZone);
          return (
            <li key={m.idempotencyKey}>
              <article aria-label={t('actions.outbox.mailLabel', said)} className={styles.mail}>
                <Text weight="semibold">{m.subject}</Text>
                <Text size={200} className={styles.muted}>
                  {attached > 0
                    ? t('actions.outbox.metaAttached', { ...said, at, count: attached })
                    : t('actions.outbox.meta', { ...said, at })}
                </Text>
                <Text as="p" className={styles.body}>
                  {m.body}
                </Text>
              </article>
            </li>
          );
        })}
      </ul>
      <Pager
        page={page}
        pageCount={Math.ceil(mails.length / PER_PAGE)}
        onPage={setPage}
        label={t('actions.outbox.pages')}
      />
    </div>
  );
}
