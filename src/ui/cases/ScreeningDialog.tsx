import { Button, Field, Input, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { isAreaCoordinator } from '../../app/cases/caseDecisions';
import { recordScreening } from '../../app/cases/recordScreening';
import { useServices } from '../../app/ServicesProvider';
import type { Category } from '../../core/cases/case.schema';
import {
  meetsMultiAgencyThreshold,
  screeningOutcome,
  type Screening,
  type ScreeningAnswers,
} from '../../core/cases/lifecycle/screening';
import { msg, type Message } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { IdentifyNominalDialog } from './IdentifyNominalDialog';
import {
  CaseStepDialog,
  NominalIdentityFields,
  PersonFields,
  emptyPerson,
  personFrom,
  useCaseFormStyles,
  useCaseStep,
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
  const t = useT();
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
  const { problems, setProblems, busy, run } = useCaseStep();
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
    const local: Message[] = [];
    if (!name.trim()) local.push(msg('cases.referral.enterName'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) local.push(msg('cases.referral.enterDateOfBirth'));
    if (local.length) return setProblems(local);
    await run(async () => {
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
      if (!r.ok) return r.error;
      setDone(r.value);
      props.onRecorded?.(r.value);
      return [];
    });
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
      title={t('cases.screening.title')}
      onClose={closeAll}
      onExited={() => setNext(leaving)}
      problems={problems}
      busy={busy}
      actionLabel={t('cases.screening.action')}
      onAction={() => void submit()}
      done={
        done && (
          <>
            <Text role="status">
              {done.endorsement.agreed
                ? t('cases.screening.recorded', { outcome: t(`cases.screening.outcome.${done.outcome}`) })
                : t('cases.screening.recordedNotAgreed', { outcome: t(`cases.screening.outcome.${done.outcome}`) })}
            </Text>
            {done.outcome === 'notMappa' && <Text>{t('cases.screening.nothingKept')}</Text>}
            {done.endorsement.agreed && done.outcome === 1 && isAreaCoordinator(services) && !props.caseId && (
              <Button appearance="primary" onClick={() => setLeaving('identify')}>
                {t('cases.screening.identify')}
              </Button>
            )}
            {done.endorsement.agreed && (done.outcome === 2 || done.outcome === 3) && (
              <Button appearance="primary" onClick={() => setLeaving('refer')}>
                {t('cases.screening.refer', { level: done.outcome })}
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

      <Field label={t('cases.screening.step1')}>
        <RadioGroup
          value={answers.category === undefined ? '' : String(answers.category)}
          onChange={(_, d) =>
            setAnswers({ ...answers, category: d.value === 'none' ? 'none' : (Number(d.value) as Category) })
          }
        >
          {([1, 2, 3, 4] as Category[]).map((c) => (
            <Radio key={c} value={String(c)} label={t(`cases.category.${c}`)} />
          ))}
          <Radio value="none" label={t('cases.screening.none')} />
        </RadioGroup>
      </Field>

      {askMultiAgency && (
        <fieldset className={styles.group}>
          <legend>{t('cases.screening.step2')}</legend>
          <div className={styles.row}>
            <Field label={t('cases.screening.agencies')}>
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
            <Field label={t('cases.screening.policeAndProbation')}>
              <RadioGroup
                layout="horizontal"
                value={yesNo(answers.policeAndProbationBoth)}
                onChange={(_, d) => setAnswers({ ...answers, policeAndProbationBoth: d.value === 'yes' })}
              >
                <Radio value="yes" label={t('cases.screening.yes')} />
                <Radio value="no" label={t('cases.screening.no')} />
              </RadioGroup>
            </Field>
          </div>
        </fieldset>
      )}

      {askLevel3 && (
        <Field label={t('cases.screening.step3')}>
          <RadioGroup
            layout="horizontal"
            value={yesNo(answers.mediaOrSeniorResources)}
            onChange={(_, d) => setAnswers({ ...answers, mediaOrSeniorResources: d.value === 'yes' })}
          >
            <Radio value="yes" label={t('cases.screening.yesThereIs')} />
            <Radio value="no" label={t('cases.screening.noThereIsNot')} />
          </RadioGroup>
        </Field>
      )}

      <Text role="status" weight="semibold">
        {outcome.ok
          ? t('cases.screening.outcome', { outcome: t(`cases.screening.outcome.${outcome.value}`) })
          : t('cases.screening.outcomeOpen')}
      </Text>

      <Field label={t('cases.screening.rationale')} required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>

      <fieldset className={styles.group}>
        <legend>{t('cases.screening.step4')}</legend>
        <PersonFields legend={t('cases.screening.lineManager')} value={manager} onChange={setManager} />
        <Field label={t('cases.screening.agree')}>
          <RadioGroup layout="horizontal" value={yesNo(agreed)} onChange={(_, d) => setAgreed(d.value === 'yes')}>
            <Radio value="yes" label={t('cases.screening.endorsed')} />
            <Radio value="no" label={t('cases.screening.notAgreed')} />
          </RadioGroup>
        </Field>
        {agreed === false && (
          <Field label={t('cases.screening.managerReasons')} required>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
        )}
      </fieldset>
    </CaseStepDialog>
  );
}

export default ScreeningDialog;
