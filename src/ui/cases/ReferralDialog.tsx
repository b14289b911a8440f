import { Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { submitReferral } from '../../app/cases/referral';
import { useServices } from '../../app/ServicesProvider';
import type { Category } from '../../core/cases/case.schema';
import type { Referral } from '../../core/cases/lifecycle/referral.schema';
import type { Agency } from '../../core/people/agency';
import { msg, type Message } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import {
  AgencySelect,
  CaseStepDialog,
  NominalIdentityFields,
  PersonFields,
  emptyPerson,
  personFrom,
  sayDate,
  useCaseFormStyles,
  useCaseStep,
  type PersonDraft,
} from './parts';

export type ReferralDialogProps = {
  open: boolean;
  onClose: () => void;
  onSubmitted?: (r: Referral) => void;
  /** Referring up a case already on the register (e.g. from Level 1). */
  caseId?: string;
  /** Carried over from a screening. */
  initial?: { name?: string; dateOfBirth?: string; agencyRef?: string; level?: 2 | 3; category?: Category };
};

/** A referral to MAPPA Level 2 or 3 (form MAPPA A), from any agency. */
export function ReferralDialog(props: ReferralDialogProps) {
  const t = useT();
  const services = useServices();
  const styles = useCaseFormStyles();
  const [level, setLevel] = useState<2 | 3>(props.initial?.level ?? 2);
  const [category, setCategory] = useState<Category>(props.initial?.category ?? 2);
  const [name, setName] = useState(props.initial?.name ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(props.initial?.dateOfBirth ?? '');
  const [agencyRef, setAgencyRef] = useState(props.initial?.agencyRef ?? '');
  const [leadAgency, setLeadAgency] = useState<Agency>(services.me.agency);
  const [reasons, setReasons] = useState('');
  const [risk, setRisk] = useState('');
  const [addedValue, setAddedValue] = useState('');
  const [lineManager, setLineManager] = useState<PersonDraft>(emptyPerson(services.me.agency));
  const { problems, setProblems, busy, run } = useCaseStep();
  const [done, setDone] = useState<Referral | undefined>();

  const submit = async () => {
    const local: Message[] = [];
    if (!props.caseId && !name.trim()) local.push(msg('cases.referral.enterName'));
    if (!props.caseId && !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) local.push(msg('cases.referral.enterDateOfBirth'));
    if (local.length) return setProblems(local);
    await run(async () => {
      const manager = personFrom(lineManager);
      const r = await submitReferral(services, {
        ...(props.caseId ? { caseId: props.caseId } : {}),
        level,
        category,
        nominal: {
          name: name.trim() || 'Referred case',
          dateOfBirth: dateOfBirth || '1900-01-01',
          aliases: [],
          identifiers: agencyRef.trim() ? { agencyRef: agencyRef.trim() } : {},
          childSexOffender: false,
          inCustody: false,
        },
        leadAgency,
        reasons,
        risk,
        addedValue,
        ...(manager ? { lineManager: manager } : {}),
      });
      if (!r.ok) return r.error;
      setDone(r.value);
      props.onSubmitted?.(r.value);
      return [];
    });
  };

  return (
    <CaseStepDialog
      open={props.open}
      title={t('cases.referral.title')}
      onClose={() => {
        setDone(undefined);
        props.onClose();
      }}
      problems={problems}
      busy={busy}
      actionLabel={t('cases.referral.action')}
      onAction={() => void submit()}
      done={done && <Text role="status">{t('cases.referral.done', { date: sayDate(t, done.decisionDue) })}</Text>}
    >
      <div className={styles.row}>
        <Field label={t('cases.referral.level')}>
          <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as 2 | 3)}>
            <option value="2">{t('cases.referral.levelOption', { level: 2 })}</option>
            <option value="3">{t('cases.referral.levelOption', { level: 3 })}</option>
          </Select>
        </Field>
        <Field label={t('cases.referral.category')}>
          <Select value={String(category)} onChange={(_, d) => setCategory(Number(d.value) as Category)}>
            {([1, 2, 3, 4] as Category[]).map((c) => (
              <option key={c} value={c}>
                {t(`cases.category.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <AgencySelect label={t('cases.referral.leadAgency')} value={leadAgency} onChange={setLeadAgency} />
      </div>
      {!props.caseId && (
        <NominalIdentityFields
          name={[name, setName]}
          dateOfBirth={[dateOfBirth, setDateOfBirth]}
          agencyRef={[agencyRef, setAgencyRef]}
        />
      )}
      <Field label={t('cases.referral.reasons')} required>
        <Textarea value={reasons} onChange={(_, d) => setReasons(d.value)} />
      </Field>
      <Field label={t('cases.referral.risk')} required>
        <Textarea value={risk} onChange={(_, d) => setRisk(d.value)} />
      </Field>
      <Field label={t('cases.referral.addedValue')} required>
        <Textarea value={addedValue} onChange={(_, d) => setAddedValue(d.value)} />
      </Field>
      <PersonFields legend={t('cases.referral.lineManager')} value={lineManager} onChange={setLineManager} />
    </CaseStepDialog>
  );
}

export default ReferralDialog;
