import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { lazy, memo, Suspense, useCallback, useEffect, useState } from 'react';

import { useMinutes } from '../../app/minutes/useMinutes';
import { useServices } from '../../app/ServicesProvider';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { proposedRecipients, victimFlagsOf } from '../../core/minutes/recipients';
import { distributionState } from '../../core/minutes/distributionRecord';
import { sendSummaryViaCoordinator } from '../../app/minutes/summaryViaCoordinator';
import { docxFileName, minutesDocument } from '../../app/minutes/exportMinutes';
import { sectionIds, type SectionId } from '../../core/minutes/sections';
import { may, seesSection, type CaseAccess } from '../../core/access/policy';
import { TextArea } from './fields';
import { protectedIndex } from '../../core/protection/matcher';
import { SaveStatus } from './SaveStatus';
import { useT } from '../i18n/I18nProvider';
import { say, useSectionLabel } from './labels';
import type { Message } from '../../i18n/message';

const SectionForm = lazy(() => import(/* webpackChunkName: "minutes-forms" */ './SectionForm'));
const DistributeDialog = lazy(() => import('../confidentiality/DistributeDialog'));
const MinutesVersions = lazy(() => import('./MinutesVersions'));
const OnwardSharing = lazy(() => import('./sections/OnwardSharing'));
const JobcentrePlusNotice = lazy(() => import('../confidentiality/JobcentrePlusNotice'));

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
    // Each section's real size is remembered from its first layout (see useSkipOffscreen).
    containIntrinsicSize: 'auto 480px',
  },
  // Sections off screen cost no style, layout or paint while someone types in another one.
  skipOffscreen: { contentVisibility: 'auto' },
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
  const t = useT();
  const services = useServices();
  const { timeZone } = services.settings;
  const when = (at: string) => t.date(at, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const { session, state, error } = useMinutes(caseId, meetingId);
  const [correction, setCorrection] = useState<Minutes>();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  // Why a signed correction's level, category or next review did not reach the case, for the chair.
  const [decisionsProblem, setDecisionsProblem] = useState<Message>();
  /** A signed version opened read-only. */
  const [viewing, setViewing] = useState<number>();
  const edit = useCallback((change: (m: Minutes) => Minutes) => session?.autosave.edit(change), [session]);
  const editCorrection = useCallback(
    (change: (m: Minutes) => Minutes) => setCorrection((c) => (c ? change(c) : c)),
    [],
  );

  if (error) return <Text role="alert">{say(t, error)}</Text>;
  if (!session || !state.doc) return <Spinner label={t('minutes.editor.opening')} />;
  const saved = state.doc;
  const opened = viewing !== undefined && !correction ? saved.versions.find((v) => v.number === viewing) : undefined;
  const doc = opened ? { ...saved, ...opened.content } : (correction ?? saved);
  const final = saved.status === 'final';
  const sent = distributionState(saved);
  // Screens hide what the policy refuses: restricted sections outside the person's need to know, and buttons.
  const shownSections = sectionIds.filter((id) => seesSection(session.access, id));
  const mayDistribute = may(session.access, 'distribute');
  const mayCorrect = may(session.access, 'finalise');
  const mayWrite = may(session.access, 'writeMinutes');

  const signCorrection = async () => {
    if (!correction) return;
    setDecisionsProblem(undefined);
    const r = await session.correct(correction, reason);
    if (!r.ok) {
      return setProblem(Array.isArray(r.error) ? r.error.map((x) => t(x.message)).join(' ') : say(t, r.error));
    }
    setCorrection(undefined);
    setReason('');
    setProblem(undefined);
    setDecisionsProblem(session.decisionsProblem);
  };

  return (
    <div className={s.root}>
      <div className={s.sticky}>
        <Text as="h1" size={600} weight="semibold" block>
          {t('minutes.editor.heading', {
            form: doc.formName,
            reference: doc.caseReference,
            sequence: doc.meetingDetails.sequence,
          })}
        </Text>
        <Text block>
          {final
            ? t('minutes.editor.statusFinal', { version: saved.versions.length })
            : t('minutes.editor.statusDraft')}
          {sent.sent && ` ${t('minutes.editor.sent', { version: sent.version, at: when(sent.at) })}`}
        </Text>
        <SaveStatus
          state={state}
          session={session}
          onOfferCorrection={(c) => {
            setCorrection(c);
            setProblem(undefined);
          }}
        />
      </div>
      <SectionLinks access={session.access} />
      {final && (
        <Suspense fallback={null}>
          <MinutesVersions
            versions={saved.versions}
            viewing={opened?.number}
            onOpen={(n) => {
              setViewing(n);
              setCorrection(undefined);
            }}
          />
        </Suspense>
      )}
      {opened && (
        <Text role="status" weight="semibold">
          {t('minutes.editor.readingVersion', {
            number: opened.number,
            name: opened.signedBy.name,
            at: when(opened.at),
          })}
        </Text>
      )}
      {decisionsProblem && !correction && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('caseTeam.correction.decisionsProblem', { problem: t(decisionsProblem) })}</MessageBarBody>
        </MessageBar>
      )}
      {final && !correction && !opened && (mayDistribute || mayCorrect) && (
        <div className={s.actions}>
          <Suspense fallback={null}>
            {mayDistribute && (
              <DistributeDialog
                caseId={saved.caseId}
                caseReference={saved.caseReference}
                minutesId={saved.id}
                recipients={proposedRecipients(saved)}
                victimFlags={victimFlagsOf(saved)}
                buildDocx={() => minutesDocument(services, saved, 'full')}
                fileName={docxFileName(saved, 'full')}
                sent={sent}
                protectedPeople={protectedIndex(session.protectedPeople)}
                onDistributed={(count) => (count > 0 ? session.recordDistributed() : undefined)}
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
          {mayCorrect && (
            <Button onClick={() => setCorrection(structuredClone(saved))}>{t('minutes.editor.correct')}</Button>
          )}
        </div>
      )}
      {correction && (
        <section aria-label={t('minutes.editor.correction')} className={s.section}>
          <Text>{t('minutes.editor.correcting')}</Text>
          <TextArea
            label={t('minutes.editor.correctionReason')}
            required
            field="versions.*.correctionReason"
            value={reason}
            onChange={setReason}
            error={problem}
          />
          <Button appearance="primary" onClick={() => void signCorrection()}>
            {t('minutes.editor.signCorrection')}
          </Button>
          <Button onClick={() => setCorrection(undefined)}>{t('minutes.editor.discardCorrection')}</Button>
        </section>
      )}
      <Suspense fallback={<Spinner label={t('minutes.editor.loadingSections')} />}>
        <Sections
          doc={doc}
          edit={correction ? editCorrection : edit}
          session={session}
          disabled={(final && !correction) || opened !== undefined || !mayWrite}
          sections={shownSections}
        />
      </Suspense>
    </div>
  );
}

/** The contents: links to the sections the person may see. It stays as it is while they type. */
const SectionLinks = memo(function SectionLinks({ access }: { access: CaseAccess }) {
  const s = useStyles();
  const t = useT();
  const sectionLabel = useSectionLabel();
  return (
    <nav aria-label={t('minutes.editor.sections')}>
      <ol className={s.toc}>
        {sectionIds
          .filter((id) => seesSection(access, id))
          .map((id) => (
            <li key={id}>
              <Link href={`#minutes-${id}`}>
                {t('minutes.editor.sectionLink', { number: sectionIds.indexOf(id) + 1, label: sectionLabel(id) })}
              </Link>
            </li>
          ))}
      </ol>
    </nav>
  );
});

/** A section's heading, named for the editor's contents and for screen readers' lists of headings. */
const SectionHeading = memo(function SectionHeading({ id }: { id: SectionId }) {
  const sectionLabel = useSectionLabel();
  return <h2 id={`minutes-${id}-h`}>{sectionLabel(id)}</h2>;
});

/**
 * Every section, laid out once in full before off-screen ones are skipped. A section skipped before
 * its first layout takes its placeholder height, and a longer one's content then overlaps the next
 * section (axe's target-size found the victim section's last button covered that way); laid out
 * once first, each section keeps its real height while skipped (`contain-intrinsic-size: auto`).
 */
/**
 * Sections whose content arrives after the minutes (the case's protected people, the MAPPA J
 * record): skipped while off screen, they would keep the height they had before it came, and their
 * content would then lie over the next section's.
 */
const growsAfterLoad: ReadonlySet<SectionId> = new Set<SectionId>(['victimIssues', 'disclosure']);

function Sections({
  doc,
  edit,
  session,
  disabled,
  sections,
}: {
  sections: readonly SectionId[];
  doc: Minutes;
  edit: (change: (m: Minutes) => Minutes) => void;
  session: NonNullable<ReturnType<typeof useMinutes>['session']>;
  disabled: boolean;
}) {
  const s = useStyles();
  const t = useT();
  const [laidOut, setLaidOut] = useState(false);
  useEffect(() => {
    // Two frames: the first layout of every section has happened, and its size is remembered.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setLaidOut(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return sections.map((id) => (
    <section
      key={id}
      id={`minutes-${id}`}
      className={mergeClasses(s.section, laidOut && !growsAfterLoad.has(id) && s.skipOffscreen)}
      aria-labelledby={`minutes-${id}-h`}
    >
      <SectionHeading id={id} />
      <SectionForm section={id} doc={doc} edit={edit} session={session} disabled={disabled} />
      {id === 'agencyInformation' && (
        <section aria-labelledby="minutes-onward-h">
          <h3 id="minutes-onward-h">{t('minutes.editor.onwardSharing')}</h3>
          <OnwardSharing
            value={doc.onwardSharing}
            edit={edit}
            disabled={disabled}
            isChair={session.access.roles.includes('chair')}
          />
        </section>
      )}
      {id === 'disclosure' && (
        // MAPPA J is its own record, not part of the minutes: it stays open to the chair after signing.
        <section aria-labelledby="minutes-mappa-j-h">
          <h3 id="minutes-mappa-j-h">{t('minutes.editor.mappaJ')}</h3>
          <JobcentrePlusNotice
            caseId={doc.caseId}
            caseReference={doc.caseReference}
            meetingId={doc.id}
            nominal={doc.nominal}
            disabled={!session.access.operations.has('recordDisclosure')}
          />
        </section>
      )}
    </section>
  ));
}
