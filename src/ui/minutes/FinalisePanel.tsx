import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { useServices } from '../../app/ServicesProvider';
import type { Minutes } from '../../core/minutes/minutes.schema';
import type { DocumentLanguage } from '../../core/ports';
import { checkCompleteness, type Missing } from '../../core/minutes/completeness';
import { exportMinutes } from '../../app/minutes/exportMinutes';
import { download } from './download';
import { ExportDialog } from './ExportDialog';
import { may } from '../../core/access/policy';
import { problemMessage } from '../../core/shared/errors';
import { msg, type Message } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { say, useSectionLabel } from './labels';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Completeness, signing and export. It follows the minutes a moment behind the person typing: the
 * completeness checks read the whole document, and React runs them after the keystroke has painted,
 * giving way to the next key (https://react.dev/reference/react/useDeferredValue).
 */
export function FinalisePanel({ doc, session }: { doc: Minutes; session: MinutesSession }) {
  return <FinaliseChecks doc={useDeferredValue(doc)} session={session} />;
}

const FinaliseChecks = memo(function FinaliseChecks({ doc, session }: { doc: Minutes; session: MinutesSession }) {
  const s = useStyles();
  const t = useT();
  const sectionLabel = useSectionLabel();
  const services = useServices();
  const { settings } = services;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  // The minutes are signed either way; a case left behind is the coordinator's to put right from the register.
  const [decisionsProblem, setDecisionsProblem] = useState<Message>();
  const missing: Missing[] = useMemo(
    () => (doc.status === 'final' ? [] : checkCompleteness(doc, settings.timeZone)),
    [doc, settings.timeZone],
  );

  const finalise = async () => {
    setBusy(true);
    setMessage(undefined);
    setDecisionsProblem(undefined);
    const r = await session.finalise();
    setBusy(false);
    if (r.ok) setDecisionsProblem(session.decisionsProblem);
    setMessage(
      r.ok
        ? session.archiveProblem
          ? t('minutes.finalise.signedNotFiled', { problem: t(session.archiveProblem) })
          : t('minutes.finalise.signed')
        : Array.isArray(r.error)
          ? t('minutes.finalise.stillMissing')
          : say(t, r.error),
    );
  };
  // The export reads the minutes as they are when asked, so the dialogs need not follow every keystroke.
  const current = useRef(doc);
  current.current = doc;
  const run = useCallback(
    async (which: 'full' | 'summary', reason: string, language: DocumentLanguage): Promise<string | undefined> => {
      try {
        download(await exportMinutes(services, current.current, which, reason, language));
        return undefined;
      } catch (e) {
        return t(problemMessage(e, msg('minutes.export.failed')));
      }
    },
    [services, t],
  );
  const exportFull = useCallback((reason: string, language: DocumentLanguage) => run('full', reason, language), [run]);
  const exportSummary = useCallback(
    (reason: string, language: DocumentLanguage) => run('summary', reason, language),
    [run],
  );
  // Screens show only what the policy allows the person to do.
  const mayFinalise = may(session.access, 'finalise');
  const mayExport = may(session.access, 'export');

  return (
    <div className={s.stack}>
      {doc.status === 'final' ? (
        <Text>
          {t('minutes.finalise.final', {
            name: doc.signOff.signed?.person.name ?? '',
            date: doc.signOff.signed
              ? t.date(doc.signOff.signed.at, { dateStyle: 'medium', timeZone: settings.timeZone })
              : '',
            count: doc.versions.length,
          })}
        </Text>
      ) : missing.length ? (
        <>
          <Text weight="semibold">{t('minutes.finalise.missingHeading', { count: missing.length })}</Text>
          <ul className={s.list} aria-label={t('minutes.finalise.missingList')}>
            {missing.map((m, i) => (
              <li key={i}>
                <Text size={200}>
                  {t('minutes.finalise.missingItem', { section: sectionLabel(m.section), problem: t(m.message) })}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Text>{t('minutes.finalise.nothingMissing')}</Text>
      )}
      {doc.status !== 'final' && mayFinalise && (
        <Button appearance="primary" disabled={busy || missing.length > 0} onClick={() => void finalise()}>
          {t('minutes.finalise.sign')}
        </Button>
      )}
      {mayExport && (
        <>
          <ExportDialog label={t('minutes.export.full')} onExport={exportFull} />
          <ExportDialog label={t('minutes.export.summary')} onExport={exportSummary} />
        </>
      )}
      {message && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {decisionsProblem && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('minutes.finalise.decisionsProblem', { problem: t(decisionsProblem) })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
});
