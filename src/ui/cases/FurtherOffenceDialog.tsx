import { Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';

import {
  caseLevelPeriods,
  recordFurtherOffence,
  type FurtherOffenceRecorded,
} from '../../app/cases/recordFurtherOffence';
import { useServices } from '../../app/ServicesProvider';
import { useRead } from '../../app/useRead';
import type { Case } from '../../core/cases/case.schema';
import {
  SERIOUS_CASE_REVIEW_DAYS,
  seriousCaseReviewFinding,
  seriousCharges,
  type Charge,
} from '../../core/cases/lifecycle/seriousFurtherOffence';
import { localDate } from '../../core/shared/dates';
import type { MessageKey } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { CaseStepDialog, useCaseStep } from './parts';

export type FurtherOffenceDialogProps = {
  open: boolean;
  onClose: () => void;
  case: Case;
  /** Called once the record is kept (the register reloads). */
  onRecorded?: (outcome: FurtherOffenceRecorded) => void;
};

const chargeKeys: Record<Charge, MessageKey> = {
  murder: 'caseTeam.charge.murder',
  manslaughter: 'caseTeam.charge.manslaughter',
  rape: 'caseTeam.charge.rape',
  attemptedMurder: 'caseTeam.charge.attemptedMurder',
  attemptedManslaughter: 'caseTeam.charge.attemptedManslaughter',
  attemptedRape: 'caseTeam.charge.attemptedRape',
  other: 'caseTeam.charge.other',
};

const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/**
 * The coordinator records that the person is charged with a further offence: the charge, its date,
 * the rationale and the source, and a confirmation. Before confirming they see whether the charge
 * makes a Serious Case Review mandatory (murder, manslaughter, rape or an attempt, within 28 days
 * of Level 2 or 3 management); the register then flags it.
 */
export function FurtherOffenceDialog(props: FurtherOffenceDialogProps) {
  const services = useServices();
  const t = useT();
  const c = props.case;
  const today = localDate(services.clock.now(), services.settings.timeZone);
  const [charge, setCharge] = useState<Charge>('murder');
  const [chargedOn, setChargedOn] = useState(today);
  const [rationale, setRationale] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { problems, busy, run } = useCaseStep();
  const [done, setDone] = useState<FurtherOffenceRecorded | undefined>();
  const load = useCallback(() => caseLevelPeriods(services, c.id), [services, c.id]);
  const [periods] = useRead(load);

  const finding =
    periods.state === 'ready' && isDate(chargedOn)
      ? seriousCaseReviewFinding(charge, chargedOn, periods.value)
      : undefined;

  // The form stays as typed whatever happens: nothing is lost.
  const act = () =>
    run(async () => {
      const r = await recordFurtherOffence(services, c.id, { charge, chargedOn, rationale, confirmed });
      if (!r.ok) return r.error;
      setDone(r.value);
      props.onRecorded?.(r.value);
      return [];
    });

  return (
    <CaseStepDialog
      open={props.open}
      title={t('caseTeam.furtherOffence.title', { reference: c.reference })}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel={t('caseTeam.furtherOffence.action')}
      actionDisabled={!confirmed}
      onAction={() => void act()}
      done={
        done && (
          <Text role="status">
            {done.seriousCaseReview
              ? t('caseTeam.furtherOffence.done.review', { reference: c.reference })
              : t('caseTeam.furtherOffence.done.noReview', { reference: c.reference })}
          </Text>
        )
      }
    >
      <Text>{t('caseTeam.furtherOffence.rule', { days: SERIOUS_CASE_REVIEW_DAYS })}</Text>
      <Field label={t('caseTeam.furtherOffence.charge')}>
        <Select value={charge} onChange={(_, d) => setCharge(d.value as Charge)}>
          {(Object.keys(seriousCharges) as Charge[]).map((k) => (
            <option key={k} value={k}>
              {t(chargeKeys[k])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('caseTeam.furtherOffence.chargedOn')} required>
        <Input type="date" max={today} value={chargedOn} onChange={(_, d) => setChargedOn(d.value)} />
      </Field>
      {finding && (
        <MessageBar intent={finding === 'required' ? 'warning' : 'info'}>
          <MessageBarBody>
            <Text role="status">
              {finding === 'required'
                ? t('caseTeam.furtherOffence.finding.required')
                : finding === 'notASeriousCharge'
                  ? t('caseTeam.furtherOffence.finding.notASeriousCharge')
                  : t('caseTeam.furtherOffence.finding.notManaged', { days: SERIOUS_CASE_REVIEW_DAYS })}
            </Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {periods.state === 'error' && <Text role="alert">{t('caseTeam.furtherOffence.periodsFailed')}</Text>}
      <Field label={t('caseTeam.furtherOffence.rationale')} required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
      <Checkbox
        checked={confirmed}
        onChange={(_, d) => setConfirmed(Boolean(d.checked))}
        label={t('caseTeam.furtherOffence.confirm')}
      />
    </CaseStepDialog>
  );
}

export default FurtherOffenceDialog;
