import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { useServices } from '../../app/ServicesProvider';
import type { Minutes } from '../../core/minutes/minutes.schema';
import type { DocumentLanguage } from '../../core/ports';
import { checkCompleteness, type Missing } from '../../core/minutes/completeness';
import { sectionLabel } from '../../core/minutes/sections';
import { exportMinutes } from '../../app/minutes/exportMinutes';
import { download } from './download';
import { ExportDialog } from './ExportDialog';
import { may } from '../../core/access/policy';
import { userMessage } from '../../core/shared/errors';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Completeness, signing and export. */
export function FinalisePanel({ doc, session }: { doc: Minutes; session: MinutesSession }) {
  const s = useStyles();
  const services = useServices();
  const { settings } = services;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  // The minutes are signed either way; a case left behind is the coordinator's to put right from the register.
  const [decisionsProblem, setDecisionsProblem] = useState<string>();
  const missing: Missing[] = doc.status === 'final' ? [] : checkCompleteness(doc, settings.timeZone);

  const finalise = async () => {
    setBusy(true);
    setMessage(undefined);
    setDecisionsProblem(undefined);
    const r = await session.finalise();
    setBusy(false);
    if (r.ok) setDecisionsProblem(session.decisionsProblem);
    setMessage(
      r.ok
        ? `The minutes are final and signed. Agreed actions are now in their owners’ lists.${
            session.archiveProblem ? ` ${session.archiveProblem}` : ''
          }`
        : typeof r.error === 'string'
          ? r.error
          : 'Some parts are still missing.',
    );
  };
  const run = async (
    which: 'full' | 'summary',
    reason: string,
    language: DocumentLanguage,
  ): Promise<string | undefined> => {
    try {
      download(await exportMinutes(services, doc, which, reason, language));
      return undefined;
    } catch (e) {
      return userMessage(e, 'The Word document could not be made. Try again.');
    }
  };
  // Screens show only what the policy allows the person to do.
  const mayFinalise = may(session.access, 'finalise');
  const mayExport = may(session.access, 'export');

  return (
    <div className={s.stack}>
      {doc.status === 'final' ? (
        <Text>
          Final. Signed by {doc.signOff.signed?.person.name} on {doc.signOff.signed?.at.slice(0, 10)};{' '}
          {doc.versions.length} {doc.versions.length === 1 ? 'version' : 'versions'}.
        </Text>
      ) : missing.length ? (
        <>
          <Text weight="semibold">Still missing before the minutes can be finalised ({missing.length}):</Text>
          <ul className={s.list} aria-label="Missing before finalising">
            {missing.map((m, i) => (
              <li key={i}>
                <Text size={200}>
                  {sectionLabel(m.section, settings)}: {m.message}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Text>Nothing is missing. Finalising signs the minutes in your name and locks them.</Text>
      )}
      {doc.status !== 'final' && mayFinalise && (
        <Button appearance="primary" disabled={busy || missing.length > 0} onClick={() => void finalise()}>
          Finalise and sign
        </Button>
      )}
      {mayExport && (
        <>
          <ExportDialog label="Export minutes (.docx)" onExport={(reason, language) => run('full', reason, language)} />
          <ExportDialog
            label="Export executive summary (.docx)"
            onExport={(reason, language) => run('summary', reason, language)}
          />
        </>
      )}
      {message && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {decisionsProblem && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            {decisionsProblem} Change the level, category or next review from the case register.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
