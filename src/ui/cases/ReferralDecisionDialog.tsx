import { Badge, Field, Input, Radio, RadioGroup, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { acceptReferral, declineReferral } from '../../app/cases/referral';
import { proposedFirstPanel } from '../../app/cases/panelSeriesFor';
import { useServices } from '../../app/ServicesProvider';
import type { Level } from '../../core/cases/case.schema';
import { eligibleChairs } from '../../core/cases/lifecycle/chairs';
import type { Referral } from '../../core/cases/lifecycle/referral.schema';
import { clockLabel, type ReferralClock } from '../../core/cases/lifecycle/referralQueue';
import { agencyMessage } from '../../core/people/agency';
import { isWeekend, localDate } from '../../core/shared/dates';
import { msg } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { CaseStepDialog, sayDate, useCaseFormStyles, useCaseStep } from './parts';

export type ReferralDecisionDialogProps = {
  open: boolean;
  onClose: () => void;
  referral: Referral;
  clock: ReferralClock;
  /** Called once the decision is recorded (the register reloads). */
  onDecided?: (decision: 'accepted' | 'declined') => void;
};

/** The coordinator's decision on a MAPPA A referral: accept (level, chair, first panel) or decline with a rationale. */
export function ReferralDecisionDialog(props: ReferralDecisionDialogProps) {
  const t = useT();
  const services = useServices();
  const styles = useCaseFormStyles();
  const { referral: r } = props;
  const today = localDate(services.clock.now(), services.settings.timeZone);
  const [decision, setDecision] = useState<'accept' | 'decline'>('accept');
  const [level, setLevel] = useState<Level>(r.level);
  const chairs = eligibleChairs(services.settings.chairs, level);
  const [chairEmail, setChairEmail] = useState('');
  const [firstDate, setFirstDate] = useState(proposedFirstPanel(today));
  const [rationale, setRationale] = useState('');
  const { problems, busy, run } = useCaseStep();
  const [done, setDone] = useState<string | undefined>();

  const act = () =>
    run(async () => {
      if (decision === 'decline') {
        const out = await declineReferral(services, r.id, rationale);
        if (!out.ok) return out.error;
        setDone(t('cases.decision.declined'));
        props.onDecided?.('declined');
      } else {
        if (isWeekend(firstDate)) return [msg('cases.decision.chooseWeekday')];
        const chair = chairs.find((c) => c.email === chairEmail);
        const out = await acceptReferral(services, r.id, {
          level,
          rationale,
          firstMeetingDate: firstDate,
          ...(chair ? { chair } : {}),
        });
        if (!out.ok) return out.error;
        const s = out.value.schedule;
        const accepted = {
          reference: out.value.case.reference,
          level: out.value.case.level,
          chair: out.value.case.chair?.name ?? t('cases.decision.theCoordinator'),
        };
        setDone(
          !s
            ? t('cases.decision.accepted', accepted)
            : s.remaining.length === 0
              ? t('cases.decision.acceptedScheduled', { ...accepted, date: sayDate(t, firstDate) })
              : t('cases.decision.acceptedNotFinished', {
                  ...accepted,
                  problems: s.problems.map((p) => t(p)).join(' '),
                }),
        );
        props.onDecided?.('accepted');
      }
      return [];
    });

  return (
    <CaseStepDialog
      open={props.open}
      title={t('cases.decision.title', { level: r.level })}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel={decision === 'accept' ? t('cases.decision.acceptAction') : t('cases.decision.declineAction')}
      onAction={() => void act()}
      done={done && <Text role="status">{done}</Text>}
    >
      <Text>
        {t('cases.decision.from', {
          name: r.referrer.name,
          agency: t(agencyMessage(r.referrer.agency)),
          received: sayDate(t, r.receivedOn),
          due: sayDate(t, r.decisionDue),
        })}{' '}
        <Badge appearance="tint" color={props.clock.overdue ? 'danger' : 'informative'}>
          {t(clockLabel(props.clock))}
        </Badge>
      </Text>
      <Text>
        {r.caseId
          ? t('cases.decision.onRegister')
          : t('cases.decision.nominal', { name: r.nominal.name, born: sayDate(t, r.nominal.dateOfBirth) })}{' '}
        {t('cases.decision.category', { category: t(`cases.category.${r.category}`) })}
      </Text>
      <dl>
        <dt>{t('cases.decision.reasons')}</dt>
        <dd>{r.reasons}</dd>
        <dt>{t('cases.decision.risk')}</dt>
        <dd>{r.risk}</dd>
        <dt>{t('cases.decision.addedValue')}</dt>
        <dd>{r.addedValue}</dd>
      </dl>
      <Field label={t('cases.decision.decision')}>
        <RadioGroup value={decision} onChange={(_, d) => setDecision(d.value as 'accept' | 'decline')}>
          <Radio value="accept" label={t('cases.decision.accept')} />
          <Radio value="decline" label={t('cases.decision.decline')} />
        </RadioGroup>
      </Field>
      {decision === 'accept' && (
        <div className={styles.row}>
          <Field label={t('cases.decision.level')}>
            <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as Level)}>
              <option value="2">{t('cases.decision.levelOption', { level: 2 })}</option>
              <option value="3">{t('cases.decision.levelOption', { level: 3 })}</option>
            </Select>
          </Field>
          <Field label={t('cases.decision.chair')}>
            <Select value={chairEmail} onChange={(_, d) => setChairEmail(d.value)}>
              <option value="">{t('cases.decision.allocateChair')}</option>
              {chairs.map((c) => (
                <option key={c.email} value={c.email}>
                  {c.name}
                  {c.role ? `, ${c.role}` : ''}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('cases.decision.firstPanel')}>
            <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
          </Field>
        </div>
      )}
      <Field
        label={decision === 'accept' ? t('cases.decision.rationaleAccept') : t('cases.decision.rationaleDecline')}
        required
      >
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
    </CaseStepDialog>
  );
}

export default ReferralDecisionDialog;
