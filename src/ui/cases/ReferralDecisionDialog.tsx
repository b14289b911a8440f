import { Badge, Field, Input, Radio, RadioGroup, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { acceptReferral, declineReferral } from '../../app/cases/referral';
import { proposedFirstPanel } from '../../app/cases/panelSeriesFor';
import { useServices } from '../../app/ServicesProvider';
import { categoryLabels, type Level } from '../../core/cases/case.schema';
import { eligibleChairs } from '../../core/cases/lifecycle/chairs';
import type { Referral } from '../../core/cases/lifecycle/referral.schema';
import { clockLabel, type ReferralClock } from '../../core/cases/lifecycle/referralQueue';
import { agencyLabel } from '../../core/people/agency';
import { isWeekend, localDate } from '../../core/shared/dates';
import { userMessage } from '../../core/shared/errors';
import { useT } from '../i18n/I18nProvider';
import { CaseStepDialog, formatDate, useCaseFormStyles } from './parts';

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
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  const act = async () => {
    setBusy(true);
    try {
      if (decision === 'decline') {
        const out = await declineReferral(services, r.id, rationale);
        if (!out.ok) return setProblems(out.error);
        setDone('The referral is declined and the rationale sent back to the referrer.');
        props.onDecided?.('declined');
      } else {
        if (isWeekend(firstDate)) return setProblems(['Choose a weekday for the first panel.']);
        const chair = chairs.find((c) => c.email === chairEmail);
        const out = await acceptReferral(services, r.id, {
          level,
          rationale,
          firstMeetingDate: firstDate,
          ...(chair ? { chair } : {}),
        });
        if (!out.ok) return setProblems(out.error);
        const s = out.value.schedule;
        setDone(
          `${out.value.case.reference} is accepted at Level ${out.value.case.level}, chaired by ${out.value.case.chair?.name ?? 'the coordinator'}. ` +
            (s
              ? s.remaining.length === 0
                ? `The first panel is on ${formatDate(firstDate)} and the series is scheduled.`
                : `The series is saved but not finished: ${s.problems.join(' ')} Finish it from the Panels page.`
              : ''),
        );
        props.onDecided?.('accepted');
      }
      setProblems([]);
    } catch (e) {
      setProblems([userMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <CaseStepDialog
      open={props.open}
      title={`Referral for Level ${r.level}`}
      onClose={props.onClose}
      problems={problems}
      busy={busy}
      actionLabel={decision === 'accept' ? 'Accept and schedule' : 'Decline and tell the referrer'}
      onAction={() => void act()}
      done={done && <Text role="status">{done}</Text>}
    >
      <Text>
        From {r.referrer.name} ({agencyLabel(r.referrer.agency)}), received {formatDate(r.receivedOn)}. Decision due{' '}
        {formatDate(r.decisionDue)}:{' '}
        <Badge appearance="tint" color={props.clock.overdue ? 'danger' : 'informative'}>
          {t(clockLabel(props.clock))}
        </Badge>
      </Text>
      <Text>
        {r.caseId
          ? 'A case on the register, referred up.'
          : `${r.nominal.name}, born ${formatDate(r.nominal.dateOfBirth)}.`}{' '}
        {categoryLabels[r.category]}.
      </Text>
      <dl>
        <dt>Reasons</dt>
        <dd>{r.reasons}</dd>
        <dt>Risk</dt>
        <dd>{r.risk}</dd>
        <dt>What multi-agency management would add</dt>
        <dd>{r.addedValue}</dd>
      </dl>
      <Field label="Decision">
        <RadioGroup value={decision} onChange={(_, d) => setDecision(d.value as 'accept' | 'decline')}>
          <Radio value="accept" label="Accept" />
          <Radio value="decline" label="Decline" />
        </RadioGroup>
      </Field>
      {decision === 'accept' && (
        <div className={styles.row}>
          <Field label="Level">
            <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as Level)}>
              <option value="2">Level 2</option>
              <option value="3">Level 3</option>
            </Select>
          </Field>
          <Field label="Chair">
            <Select value={chairEmail} onChange={(_, d) => setChairEmail(d.value)}>
              <option value="">Allocate the eligible chair with the fewest cases</option>
              {chairs.map((c) => (
                <option key={c.email} value={c.email}>
                  {c.name}
                  {c.role ? `, ${c.role}` : ''}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="First panel">
            <Input type="date" value={firstDate} onChange={(_, d) => setFirstDate(d.value)} />
          </Field>
        </div>
      )}
      <Field
        label={decision === 'accept' ? 'Rationale for accepting' : 'Rationale for declining (sent to the referrer)'}
        required
      >
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
    </CaseStepDialog>
  );
}

export default ReferralDecisionDialog;
