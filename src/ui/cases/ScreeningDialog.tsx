import { Button, Field, Input, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { isAreaCoordinator } from '../../app/cases/caseDecisions';
import { recordScreening } from '../../app/cases/recordScreening';
import { useServices } from '../../app/ServicesProvider';
import { categoryLabels, type Category } from '../../core/cases/case.schema';
import {
  meetsMultiAgencyThreshold,
  screeningOutcome,
  screeningOutcomeLabels,
  screeningQuestions,
  type Screening,
  type ScreeningAnswers,
} from '../../core/cases/lifecycle/screening';
import { userMessage } from '../../core/shared/errors';
import { IdentifyNominalDialog } from './IdentifyNominalDialog';
import {
  CaseStepDialog,
  NominalIdentityFields,
  PersonFields,
  emptyPerson,
  personFrom,
  useCaseFormStyles,
  type PersonDraft,
} from './parts';
import { ReferralDialog } from './ReferralDialog';

export type ScreeningDialogProps = {
  open: boolean;
  onClose: () => void;
  onRecorded?: (s: Screening) => void;
  /** Called when the step the screening led to (identification, referral) is recorded too. */
  onNextStepDone?: () => void;
  /** Re-screening a case on the register (e.g. before release). */
  caseId?: string;
};

const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'no');

/**
 * Screening (MAPPA Q): the questions in the guidance's order, each shown once the one before leaves
 * it open, then the line manager's endorsement. The outcome leads on: Level 1 to identification,
 * Level 2 or 3 to a referral; a person who is not a MAPPA nominal leaves only the screening record.
 */
export function ScreeningDialog(props: ScreeningDialogProps) {
  const services = useServices();
  const styles = useCaseFormStyles();
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [agencyRef, setAgencyRef] = useState('');
  const [answers, setAnswers] = useState<ScreeningAnswers>({});
  const [agencies, setAgencies] = useState('');
  const [rationale, setRationale] = useState('');
  const [manager, setManager] = useState<PersonDraft>(emptyPerson(services.me.agency));
  const [agreed, setAgreed] = useState<boolean | undefined>();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Screening | undefined>();
  // The next step is chosen (`leaving`), then opens once this dialog has finished closing (`next`).
  const [leaving, setLeaving] = useState<'identify' | 'refer' | undefined>();
  const [next, setNext] = useState<'identify' | 'refer' | undefined>();

  const outcome = screeningOutcome(answers);
  // Each question shows once the one before leaves the outcome open (MAPPA Q steps 1 to 3).
  const askMultiAgency = answers.category !== undefined && answers.category !== 'none';
  const askLevel3 =
    askMultiAgency &&
    answers.agenciesNeeded !== undefined &&
    answers.policeAndProbationBoth !== undefined &&
    meetsMultiAgencyThreshold(answers);

  const submit = async () => {
    const local: string[] = [];
    if (!name.trim()) local.push('Enter the person’s name.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) local.push('Enter the person’s date of birth.');
    if (local.length) return setProblems(local);
    setBusy(true);
    try {
      const lineManager = personFrom(manager);
      const r = await recordScreening(services, {
        ...(props.caseId ? { caseId: props.caseId } : {}),
        subject: { name: name.trim(), dateOfBirth, ...(agencyRef.trim() ? { agencyRef: agencyRef.trim() } : {}) },
        answers,
        rationale,
        ...(lineManager ? { lineManager } : {}),
        ...(agreed !== undefined ? { agreed } : {}),
        disagreementReason: reason,
      });
      if (r.ok) {
        setProblems([]);
        setDone(r.value);
        props.onRecorded?.(r.value);
      } else setProblems(r.error);
    } catch (e) {
      setProblems([userMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  const closeAll = () => {
    setLeaving(undefined);
    setNext(undefined);
    setDone(undefined);
    props.onClose();
  };

  if (done && next === 'identify') {
    return (
      <IdentifyNominalDialog
        open
        onClose={closeAll}
        onIdentified={() => props.onNextStepDone?.()}
        initial={{
          name: done.subject.name,
          dateOfBirth: done.subject.dateOfBirth,
          agencyRef: done.subject.agencyRef ?? '',
          level: 1,
        }}
      />
    );
  }
  if (done && next === 'refer') {
    const o = done.outcome === 3 ? 3 : 2;
    return (
      <ReferralDialog
        open
        onClose={closeAll}
        onSubmitted={() => props.onNextStepDone?.()}
        {...(props.caseId ? { caseId: props.caseId } : {})}
        initial={{
          name: done.subject.name,
          dateOfBirth: done.subject.dateOfBirth,
          agencyRef: done.subject.agencyRef ?? '',
          level: o,
          ...(typeof done.answers.category === 'number' ? { category: done.answers.category } : {}),
        }}
      />
    );
  }

  return (
    <CaseStepDialog
      open={props.open && !leaving}
      title="Screening (MAPPA Q)"
      onClose={closeAll}
      onExited={() => setNext(leaving)}
      problems={problems}
      busy={busy}
      actionLabel="Record the screening"
      onAction={() => void submit()}
      done={
        done && (
          <>
            <Text role="status">
              Screening recorded: {screeningOutcomeLabels[done.outcome]}.
              {!done.endorsement.agreed && ' The line manager did not agree; discuss it before taking the next step.'}
            </Text>
            {done.outcome === 'notMappa' && (
              <Text>Nothing more is kept about this person beyond the screening record the guidance requires.</Text>
            )}
            {done.endorsement.agreed && done.outcome === 1 && isAreaCoordinator(services) && !props.caseId && (
              <Button appearance="primary" onClick={() => setLeaving('identify')}>
                Identify at Level 1
              </Button>
            )}
            {done.endorsement.agreed && (done.outcome === 2 || done.outcome === 3) && (
              <Button appearance="primary" onClick={() => setLeaving('refer')}>
                Refer for Level {done.outcome} (MAPPA A)
              </Button>
            )}
          </>
        )
      }
    >
      <NominalIdentityFields
        name={[name, setName]}
        dateOfBirth={[dateOfBirth, setDateOfBirth]}
        agencyRef={[agencyRef, setAgencyRef]}
      />

      <Field label={screeningQuestions.category}>
        <RadioGroup
          value={answers.category === undefined ? '' : String(answers.category)}
          onChange={(_, d) =>
            setAnswers({ ...answers, category: d.value === 'none' ? 'none' : (Number(d.value) as Category) })
          }
        >
          {([1, 2, 3, 4] as Category[]).map((c) => (
            <Radio key={c} value={String(c)} label={categoryLabels[c]} />
          ))}
          <Radio value="none" label="None of these: not a MAPPA nominal" />
        </RadioGroup>
      </Field>

      {askMultiAgency && (
        <fieldset className={styles.group}>
          <legend>{screeningQuestions.multiAgency}</legend>
          <div className={styles.row}>
            <Field label="Agencies that need to meet and collaborate">
              <Input
                type="number"
                min={0}
                value={agencies}
                onChange={(_, d) => {
                  setAgencies(d.value);
                  const n = Number(d.value);
                  const { agenciesNeeded: _a, ...rest } = answers;
                  setAnswers(
                    d.value.trim() !== '' && Number.isInteger(n) && n >= 0 ? { ...rest, agenciesNeeded: n } : rest,
                  );
                }}
              />
            </Field>
            <Field label="Are police and probation both involved?">
              <RadioGroup
                layout="horizontal"
                value={yesNo(answers.policeAndProbationBoth)}
                onChange={(_, d) => setAnswers({ ...answers, policeAndProbationBoth: d.value === 'yes' })}
              >
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </RadioGroup>
            </Field>
          </div>
        </fieldset>
      )}

      {askLevel3 && (
        <Field label={screeningQuestions.level3}>
          <RadioGroup
            layout="horizontal"
            value={yesNo(answers.mediaOrSeniorResources)}
            onChange={(_, d) => setAnswers({ ...answers, mediaOrSeniorResources: d.value === 'yes' })}
          >
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </Field>
      )}

      <Text role="status" weight="semibold">
        {outcome.ok ? `Outcome: ${screeningOutcomeLabels[outcome.value]}` : 'Outcome: answer the questions above'}
      </Text>

      <Field label="Rationale for the outcome" required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>

      <fieldset className={styles.group}>
        <legend>{screeningQuestions.endorsement}</legend>
        <PersonFields legend="Line manager" value={manager} onChange={setManager} />
        <Field label="Does the line manager agree?">
          <RadioGroup layout="horizontal" value={yesNo(agreed)} onChange={(_, d) => setAgreed(d.value === 'yes')}>
            <Radio value="yes" label="Endorsed" />
            <Radio value="no" label="Not agreed" />
          </RadioGroup>
        </Field>
        {agreed === false && (
          <Field label="The line manager’s reasons" required>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
        )}
      </fieldset>
    </CaseStepDialog>
  );
}

export default ScreeningDialog;
