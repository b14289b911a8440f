import { Button, ProgressBar, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';

import { useMinutes } from '../../app/minutes/useMinutes';
import { tabConfigurationFor } from '../../core/host';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { isSectionId, sectionIds, type SectionId } from '../../core/minutes/sections';
import { seesSection } from '../../core/access/policy';
import { useT } from '../i18n/I18nProvider';
import { preloadable } from '../surfaces/preloadable';
import { viewAreas } from '../surfaces/viewAreas';
import { useFitStyles } from './fields';
import { say, useSectionLabel } from './labels';
import { SaveStatus } from './SaveStatus';
import { useCaseTimer } from './useCaseTimer';

// The forms load after the panel's frame has painted, keeping its first script small.
// Its messages are the runner's own areas, loaded with the runner.
const SectionForm = preloadable(
  () => import(/* webpackChunkName: "minutes-forms" */ './SectionForm'),
  viewAreas.sidePanelRunner,
);

/**
 * Starts loading the section forms: the side panel asks for them when it is next idle, and the runner
 * again as it mounts, so the first step does not wait for them once the minutes have been read.
 */
export const preloadSectionForm = (): Promise<void> => SectionForm.preload();
const ShareToStage = lazy(() =>
  import('../confidentiality/ShareToStageButton').then((m) => ({ default: m.ShareToStageButton })),
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: { display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  nav: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The chair's step-by-step run through the minutes in the meeting side panel (280 px and up, keyboard
 * only is fine). `readOnly` is the attendees' view: the same steps, nothing editable, no sharing.
 */
export default function SidePanelRunner({
  caseId,
  meetingId,
  readOnly = false,
  chairName,
}: {
  caseId: string;
  meetingId?: string;
  readOnly?: boolean;
  chairName?: string;
}) {
  const t = useT();
  const { session, state, error } = useMinutes(caseId, meetingId);
  // While the minutes are read; a failure shows when the form renders.
  useEffect(() => void preloadSectionForm().catch(() => undefined), []);
  if (error) return <Text role="alert">{say(t, error)}</Text>;
  if (!session || !state.doc) return <Spinner size="tiny" label={t('meeting.sidePanel.opening')} />;
  return (
    <Runner doc={state.doc} caseId={caseId} session={session} state={state} readOnly={readOnly} chairName={chairName} />
  );
}

function Runner({
  doc,
  caseId,
  session,
  state,
  readOnly,
  chairName,
}: {
  doc: Minutes;
  caseId: string;
  session: NonNullable<ReturnType<typeof useMinutes>['session']>;
  state: ReturnType<typeof useMinutes>['state'];
  readOnly: boolean;
  chairName?: string;
}) {
  const s = useStyles();
  const t = useT();
  const sectionLabel = useSectionLabel();
  const fit = useFitStyles();
  const timer = useCaseTimer(caseId);
  const final = doc.status === 'final';
  // Only the chair moves the shared step; anyone else (and everyone once final) browses on their own.
  const ownStep = final || readOnly;
  const [localStep, setLocalStep] = useState<SectionId>(
    isSectionId(doc.currentStep) ? doc.currentStep : 'meetingDetails',
  );
  const step = ownStep ? localStep : isSectionId(doc.currentStep) ? doc.currentStep : 'meetingDetails';
  const index = sectionIds.indexOf(step);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const edit = useCallback((change: (m: Minutes) => Minutes) => session.autosave.edit(change), [session]);

  /**
   * `focusHeading` after Previous and Next, whose button may vanish at the ends; not after the
   * section list, where focus stays so arrow keys can keep choosing (WCAG 3.2.2, on input).
   */
  const go = (to: SectionId, focusHeading = true) => {
    moved.current = focusHeading;
    setLocalStep(to);
    // The step is part of the draft so the stage follows the chair.
    if (!ownStep) edit((m) => ({ ...m, currentStep: to }));
  };
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step]);

  const label = sectionLabel(step);
  // The tab's own configured address: Teams loads it in the stage's frame context, where it shows the stage view.
  const stageUrl = tabConfigurationFor(window.location.origin, { id: caseId, reference: doc.caseReference }).contentUrl;
  return (
    <div className={s.root}>
      <div className={s.head}>
        <div className={s.meta}>
          <Text size={200} weight="semibold">
            {t('meeting.sidePanel.formAndCase', { form: doc.formName, reference: doc.caseReference })}
          </Text>
          <Text size={200} role="timer" aria-label={t('meeting.sidePanel.timer', { time: timer })}>
            {timer}
          </Text>
        </div>
        <ProgressBar
          value={(index + 1) / sectionIds.length}
          aria-label={t('meeting.sidePanel.step', { number: index + 1, total: sectionIds.length })}
        />
        <Text size={200}>
          {t(
            final
              ? 'meeting.sidePanel.stepFinal'
              : readOnly
                ? 'meeting.sidePanel.stepReadOnly'
                : 'meeting.sidePanel.step',
            { number: index + 1, total: sectionIds.length },
          )}
        </Text>
        {readOnly ? (
          <Text size={200}>
            {chairName
              ? t('meeting.sidePanel.chairRecords', { name: chairName })
              : t('meeting.sidePanel.theChairRecords')}
          </Text>
        ) : (
          <SaveStatus state={state} session={session} />
        )}
      </div>
      <Select
        aria-label={t('meeting.sidePanel.goToSection')}
        className={fit.root}
        select={{ className: fit.select }}
        value={step}
        onChange={(_, d) => isSectionId(d.value) && go(d.value, false)}
      >
        {sectionIds.map((id, i) => (
          <option key={id} value={id}>
            {t('meeting.sidePanel.sectionOption', { number: i + 1, label: sectionLabel(id) })}
          </option>
        ))}
      </Select>
      <h2 className={s.heading} ref={headingRef} tabIndex={-1}>
        {label}
      </h2>
      <Suspense fallback={<Spinner size="tiny" label={t('meeting.sidePanel.loading')} />}>
        {seesSection(session.access, step) ? (
          <SectionForm section={step} doc={doc} edit={edit} session={session} disabled={final || readOnly} />
        ) : (
          // Restricted sections outside the person's need to know are not shown at all.
          <Text>{t('meeting.sidePanel.restricted')}</Text>
        )}
      </Suspense>
      <div className={s.nav}>
        <Button disabled={index === 0} onClick={() => go(sectionIds[index - 1]!)}>
          {t('meeting.sidePanel.previous')}
        </Button>
        <Button
          appearance="primary"
          disabled={index === sectionIds.length - 1}
          onClick={() => go(sectionIds[index + 1]!)}
        >
          {t('meeting.sidePanel.next')}
        </Button>
      </div>
      {!readOnly && (
        <Suspense fallback={null}>
          <ShareToStage url={stageUrl} />
        </Suspense>
      )}
    </div>
  );
}
