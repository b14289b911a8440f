import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';

import { useMinutes } from '../../app/minutes/useMinutes';
import { useServices } from '../../app/ServicesProvider';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { proposedRecipients, victimFlagsOf } from '../../core/minutes/recipients';
import { sendSummaryViaCoordinator } from '../../app/minutes/summaryViaCoordinator';
import { docxFileName, minutesDocument } from '../../app/minutes/exportMinutes';
import { sectionIds, sectionLabel } from '../../core/minutes/sections';
import { may, seesSection } from '../../core/access/policy';
import { TextArea } from './fields';
import { protectedIndex } from '../../core/protection/matcher';
import { ACTION_TEXT_MAX } from '../../core/shared/schemas';
import { SaveStatus } from './SaveStatus';

const SectionForm = lazy(() => import(/* webpackChunkName: "minutes-forms" */ './SectionForm'));
const DistributeDialog = lazy(() => import('../confidentiality/DistributeDialog'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '960px',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  toc: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: 'none' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    scrollMarginTop: tokens.spacingVerticalXXL,
    // Sections off screen cost no style, layout or paint while someone types in another one.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 480px',
  },
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

/** The full minutes in the meeting tab: the same document as the side panel, for preparing and tidying up. */
export default function MinutesEditor({ caseId, meetingId }: { caseId: string; meetingId?: string }) {
  const s = useStyles();
  const services = useServices();
  const { session, state, error } = useMinutes(caseId, meetingId);
  const [correction, setCorrection] = useState<Minutes>();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const edit = useCallback((change: (m: Minutes) => Minutes) => session?.autosave.edit(change), [session]);
  const editCorrection = useCallback(
    (change: (m: Minutes) => Minutes) => setCorrection((c) => (c ? change(c) : c)),
    [],
  );

  if (error) return <Text role="alert">{error}</Text>;
  if (!session || !state.doc) return <Spinner label="Opening the minutes…" />;
  const saved = state.doc;
  const doc = correction ?? saved;
  const final = saved.status === 'final';
  // Screens hide what the policy refuses: restricted sections outside the person's need to know, and buttons.
  const shownSections = sectionIds.filter((id) => seesSection(session.access, id));
  const mayDistribute = may(session.access, 'distribute');
  const mayCorrect = may(session.access, 'finalise');
  const mayWrite = may(session.access, 'writeMinutes');

  const signCorrection = async () => {
    if (!correction) return;
    const r = await session.correct(correction, reason);
    if (!r.ok) return setProblem(typeof r.error === 'string' ? r.error : r.error.map((x) => x.message).join(' '));
    setCorrection(undefined);
    setReason('');
    setProblem(undefined);
  };

  return (
    <div className={s.root}>
      <div className={s.sticky}>
        <Text as="h1" size={600} weight="semibold" block>
          {doc.formName}: {doc.caseReference}, meeting {doc.meetingDetails.sequence}
        </Text>
        <Text block>{final ? `Final, version ${saved.versions.length}.` : 'Draft.'} OFFICIAL-SENSITIVE.</Text>
        <SaveStatus
          state={state}
          session={session}
          onOfferCorrection={(c) => {
            setCorrection(c);
            setProblem(undefined);
          }}
        />
      </div>
      <nav aria-label="Sections">
        <ol className={s.toc}>
          {shownSections.map((id) => (
            <li key={id}>
              <a href={`#minutes-${id}`}>
                {sectionIds.indexOf(id) + 1}. {sectionLabel(id, services.settings)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {final && !correction && (mayDistribute || mayCorrect) && (
        <div className={s.actions}>
          <Suspense fallback={null}>
            {mayDistribute && (
              <DistributeDialog
                caseId={saved.caseId}
                caseReference={saved.caseReference}
                minutesId={saved.id}
                recipients={proposedRecipients(saved)}
                victimFlags={victimFlagsOf(saved)}
                protectedPeople={protectedIndex(session.protectedPeople)}
                buildDocx={() => minutesDocument(services, saved, 'full')}
                fileName={docxFileName(saved, 'full')}
                onRefused={(refused, why) =>
                  sendSummaryViaCoordinator(services, {
                    minutes: saved,
                    refused,
                    why,
                    buildSummaryDocx: () => minutesDocument(services, saved, 'summary'),
                  })
                }
              />
            )}
          </Suspense>
          {mayCorrect && <Button onClick={() => setCorrection(structuredClone(saved))}>Correct these minutes</Button>}
        </div>
      )}
      {correction && (
        <section aria-label="Correction" className={s.section}>
          <Text>
            You are correcting final minutes. The signed version stays as it is; your correction becomes a new version.
          </Text>
          <TextArea
            label="Reason for the correction"
            required
            maxLength={ACTION_TEXT_MAX}
            value={reason}
            onChange={setReason}
            error={problem}
          />
          <Button appearance="primary" onClick={() => void signCorrection()}>
            Sign the correction
          </Button>
          <Button onClick={() => setCorrection(undefined)}>Discard the correction</Button>
        </section>
      )}
      <Suspense fallback={<Spinner label="Loading the sections…" />}>
        {shownSections.map((id) => (
          <section key={id} id={`minutes-${id}`} className={s.section} aria-labelledby={`minutes-${id}-h`}>
            <h2 id={`minutes-${id}-h`}>{sectionLabel(id, services.settings)}</h2>
            <SectionForm
              section={id}
              doc={doc}
              edit={correction ? editCorrection : edit}
              session={session}
              disabled={(final && !correction) || !mayWrite}
            />
          </section>
        ))}
      </Suspense>
    </div>
  );
}
