import { Checkbox, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { identifyNominal, type Identified } from '../../app/cases/identifyNominal';
import { useServices } from '../../app/ServicesProvider';
import { categoryLabels, type Case, type Disposal, type Level } from '../../core/cases/case.schema';
import { exitDueFor } from '../../core/cases/lifecycle/exitDate';
import {
  categoryFactLabels,
  categoryFromFacts,
  identificationDue,
  needsNotificationRecord,
  noFacts,
  rescreeningDate,
  type CategoryFacts,
} from '../../core/cases/lifecycle/identification';
import type { Agency } from '../../core/people/agency';
import { localDate, zonedInstant } from '../../core/shared/dates';
import { userMessage } from '../../core/shared/errors';
import {
  AgencySelect,
  CaseStepDialog,
  NominalIdentityFields,
  PersonFields,
  emptyPerson,
  formatDate,
  personFrom,
  useCaseFormStyles,
  type PersonDraft,
} from './parts';

export const disposalLabels: Record<Disposal['kind'], string> = {
  custody: 'Custody',
  community: 'Community order',
  hospital: 'Hospital order',
  guardianship: 'Guardianship order',
  caution: 'Caution',
  conditionalDischarge: 'Conditional discharge',
};

const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

export type IdentifyNominalDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Called with the new case once it is recorded. */
  onIdentified?: (c: Case) => void;
  /** Carried over from a screening: who and at which level. */
  initial?: { name?: string; dateOfBirth?: string; agencyRef?: string; level?: Level };
};

/**
 * Identification of a new nominal: the facts give the category (the first that applies), the
 * sentence or order gives the due date, the notification record, re-screening and exit dates.
 */
export function IdentifyNominalDialog(props: IdentifyNominalDialogProps) {
  const services = useServices();
  const styles = useCaseFormStyles();
  const today = localDate(services.clock.now(), services.settings.timeZone);
  const [name, setName] = useState(props.initial?.name ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(props.initial?.dateOfBirth ?? '');
  const [pnc, setPnc] = useState('');
  const [agencyRef, setAgencyRef] = useState(props.initial?.agencyRef ?? '');
  const [childSexOffender, setChildSexOffender] = useState(false);
  const [facts, setFacts] = useState<CategoryFacts>(noFacts);
  const [level, setLevel] = useState<Level>(props.initial?.level ?? 1);
  const [category3Rationale, setCategory3Rationale] = useState('');
  const [leadAgency, setLeadAgency] = useState<Agency>('probation');
  const [kind, setKind] = useState<Disposal['kind']>('custody');
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState('');
  const [termMonths, setTermMonths] = useState('');
  const [complex, setComplex] = useState(false);
  const [notifier, setNotifier] = useState<PersonDraft>(emptyPerson('prison'));
  const [notifiedOn, setNotifiedOn] = useState(today);
  const [mediaInterest, setMediaInterest] = useState(false);
  const [rationale, setRationale] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Identified | undefined>();

  const notifiedBy = personFrom(notifier);
  const disposal: Disposal | undefined = isDate(from)
    ? {
        kind,
        from,
        ...(isDate(until) ? { until } : {}),
        ...(kind === 'custody' && termMonths.trim() !== '' && Number.isInteger(Number(termMonths))
          ? { termMonths: Number(termMonths) }
          : {}),
        complex,
        ...(needsNotificationRecord(kind) && notifiedBy && isDate(notifiedOn)
          ? { notifiedBy, notifiedAt: zonedInstant(notifiedOn, '09:00', services.settings.timeZone).toISOString() }
          : {}),
      }
    : undefined;
  const category = categoryFromFacts(facts, level, category3Rationale);
  const preview =
    disposal && isDate(dateOfBirth) && category.ok
      ? {
          due: identificationDue(disposal),
          rescreen: rescreeningDate(disposal),
          exit: exitDueFor({
            category: category.value.category,
            disposal,
            nominal: { dateOfBirth } as Case['nominal'],
          }),
        }
      : undefined;

  const close = () => {
    setDone(undefined);
    setProblems([]);
    props.onClose();
  };

  const submit = async () => {
    const local: string[] = [];
    if (!name.trim()) local.push('Enter the nominal’s name.');
    if (!isDate(dateOfBirth)) local.push('Enter the nominal’s date of birth.');
    if (local.length) return setProblems(local);
    setBusy(true);
    try {
      const r = await identifyNominal(services, {
        nominal: {
          name: name.trim(),
          dateOfBirth,
          aliases: [],
          identifiers: {
            ...(pnc.trim() ? { pnc: pnc.trim() } : {}),
            ...(agencyRef.trim() ? { agencyRef: agencyRef.trim() } : {}),
          },
          childSexOffender,
          inCustody: kind === 'custody' && (!isDate(until) || until > today),
        },
        facts,
        level,
        category3Rationale,
        rationale,
        leadAgency,
        disposal,
        mediaInterest,
      });
      if (r.ok) {
        setProblems([]);
        setDone(r.value);
        props.onIdentified?.(r.value.case);
      } else setProblems(r.error);
    } catch (e) {
      // The form stays as typed: nothing is lost.
      setProblems([userMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <CaseStepDialog
      open={props.open}
      title="Identify a new nominal"
      onClose={close}
      problems={problems}
      busy={busy}
      actionLabel="Record the case"
      onAction={() => void submit()}
      done={
        done && (
          <Text role="status">
            {done.case.reference} is recorded: {categoryLabels[done.case.category]}, Level {done.case.level}
            {done.case.chair ? `, chaired by ${done.case.chair.name}` : ''}.
            {done.late
              ? ` Identification was due by ${formatDate(done.identificationDue)}; it is recorded as late.`
              : ''}
            {done.rescreenOn ? ` Screen again by ${formatDate(done.rescreenOn)}.` : ''}
          </Text>
        )
      }
    >
      <NominalIdentityFields
        name={[name, setName]}
        dateOfBirth={[dateOfBirth, setDateOfBirth]}
        agencyRef={[agencyRef, setAgencyRef]}
        extraFields={
          <Field label="PNC ID">
            <Input value={pnc} onChange={(_, d) => setPnc(d.value)} />
          </Field>
        }
      >
        <Checkbox
          checked={childSexOffender}
          onChange={(_, d) => setChildSexOffender(Boolean(d.checked))}
          label="Child sex offender posing a risk of serious harm to children"
        />
      </NominalIdentityFields>

      <fieldset className={styles.group}>
        <legend>Category: tick every test the facts meet; the first that applies counts</legend>
        {(Object.keys(categoryFactLabels) as (keyof CategoryFacts)[]).map((k) => (
          <Checkbox
            key={k}
            checked={facts[k]}
            onChange={(_, d) => setFacts({ ...facts, [k]: Boolean(d.checked) })}
            label={categoryFactLabels[k]}
          />
        ))}
        {facts.otherDangerousOffender && (
          <Field label="Category 3: the capacity for serious harm and the current risk" required>
            <Textarea value={category3Rationale} onChange={(_, d) => setCategory3Rationale(d.value)} />
          </Field>
        )}
        <Text role="status">
          {category.ok ? `This is ${categoryLabels[category.value.category]}.` : category.error.join(' ')}
        </Text>
      </fieldset>

      <div className={styles.row}>
        <Field label="Level">
          <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as Level)}>
            <option value="1">Level 1: ordinary agency management</option>
            <option value="2">Level 2</option>
            <option value="3">Level 3</option>
          </Select>
        </Field>
        <AgencySelect label="Lead agency" value={leadAgency} onChange={setLeadAgency} />
        <Checkbox
          checked={mediaInterest}
          onChange={(_, d) => setMediaInterest(Boolean(d.checked))}
          label="Media interest"
        />
      </div>

      <fieldset className={styles.group}>
        <legend>Sentence or order</legend>
        <div className={styles.row}>
          <Field label="Kind">
            <Select value={kind} onChange={(_, d) => setKind(d.value as Disposal['kind'])}>
              {(Object.keys(disposalLabels) as Disposal['kind'][]).map((k) => (
                <option key={k} value={k}>
                  {disposalLabels[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Sentence, order or admission date">
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label={kind === 'custody' ? 'Release date' : 'End date'}>
            <Input type="date" value={until} onChange={(_, d) => setUntil(d.value)} />
          </Field>
          {kind === 'custody' && (
            <Field label="Custodial term (months)">
              <Input type="number" min={0} value={termMonths} onChange={(_, d) => setTermMonths(d.value)} />
            </Field>
          )}
        </div>
        {(kind === 'custody' || kind === 'hospital') && (
          <Checkbox
            checked={complex}
            onChange={(_, d) => setComplex(Boolean(d.checked))}
            label="Complex case (screen again 12 months before release, not 6)"
          />
        )}
        {needsNotificationRecord(kind) && (
          <>
            <PersonFields legend="Who notified MAPPA" value={notifier} onChange={setNotifier} />
            <Field label="Notified on">
              <Input type="date" value={notifiedOn} onChange={(_, d) => setNotifiedOn(d.value)} />
            </Field>
          </>
        )}
      </fieldset>

      {preview && (
        <ul className={styles.list} aria-label="Dates from the sentence or order">
          <li>Identification due by {formatDate(preview.due)}</li>
          {preview.rescreen && <li>Screen again by {formatDate(preview.rescreen)}</li>}
          <li>
            {preview.exit.kind === 'date'
              ? `Exit from MAPPA due ${formatDate(preview.exit.date)} (${preview.exit.basis})`
              : preview.exit.kind === 'indefinite'
                ? `Indefinite notification; review possible from ${formatDate(preview.exit.reviewFrom)}`
                : `No exit date: ${preview.exit.basis}`}
          </li>
        </ul>
      )}

      <Field label="Rationale for the category and level" required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
    </CaseStepDialog>
  );
}

export default IdentifyNominalDialog;
