import { Checkbox, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';

import { identifyNominal, type Identified } from '../../app/cases/identifyNominal';
import { useServices } from '../../app/ServicesProvider';
import type { Case, Disposal, Level } from '../../core/cases/case.schema';
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
import { msg, type Message, type MessageKey } from '../../i18n/message';
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

export const disposalLabels: Record<Disposal['kind'], MessageKey> = {
  custody: 'cases.identify.disposal.custody',
  community: 'cases.identify.disposal.community',
  hospital: 'cases.identify.disposal.hospital',
  guardianship: 'cases.identify.disposal.guardianship',
  caution: 'cases.identify.disposal.caution',
  conditionalDischarge: 'cases.identify.disposal.conditionalDischarge',
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
  const t = useT();
  const formatDate = (d: string) => sayDate(t, d);
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
  const { problems, setProblems, busy, run } = useCaseStep();
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
    const local: Message[] = [];
    if (!name.trim()) local.push(msg('cases.identify.enterName'));
    if (!isDate(dateOfBirth)) local.push(msg('cases.identify.enterDateOfBirth'));
    if (local.length) return setProblems(local);
    await run(async () => {
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
      if (!r.ok) return r.error;
      setDone(r.value);
      props.onIdentified?.(r.value.case);
      return [];
    });
  };

  return (
    <CaseStepDialog
      open={props.open}
      title={t('cases.identify.title')}
      onClose={close}
      problems={problems}
      busy={busy}
      actionLabel={t('cases.identify.action')}
      onAction={() => void submit()}
      done={
        done && (
          <Text role="status">
            {done.case.chair
              ? t('cases.identify.recordedChaired', {
                  reference: done.case.reference,
                  category: t(`cases.category.${done.case.category}`),
                  level: done.case.level,
                  chair: done.case.chair.name,
                })
              : t('cases.identify.recorded', {
                  reference: done.case.reference,
                  category: t(`cases.category.${done.case.category}`),
                  level: done.case.level,
                })}
            {done.late ? ` ${t('cases.identify.late', { date: formatDate(done.identificationDue) })}` : ''}
            {done.rescreenOn ? ` ${t('cases.identify.rescreen', { date: formatDate(done.rescreenOn) })}` : ''}
          </Text>
        )
      }
    >
      <NominalIdentityFields
        name={[name, setName]}
        dateOfBirth={[dateOfBirth, setDateOfBirth]}
        agencyRef={[agencyRef, setAgencyRef]}
        extraFields={
          <Field label={t('cases.identify.pnc')}>
            <Input value={pnc} onChange={(_, d) => setPnc(d.value)} />
          </Field>
        }
      >
        <Checkbox
          checked={childSexOffender}
          onChange={(_, d) => setChildSexOffender(Boolean(d.checked))}
          label={t('cases.identify.childSexOffender')}
        />
      </NominalIdentityFields>

      <fieldset className={styles.group}>
        <legend>{t('cases.identify.categoryLegend')}</legend>
        {(Object.keys(categoryFactLabels) as (keyof CategoryFacts)[]).map((k) => (
          <Checkbox
            key={k}
            checked={facts[k]}
            onChange={(_, d) => setFacts({ ...facts, [k]: Boolean(d.checked) })}
            label={t(categoryFactLabels[k])}
          />
        ))}
        {facts.otherDangerousOffender && (
          <Field label={t('cases.identify.category3')} required>
            <Textarea value={category3Rationale} onChange={(_, d) => setCategory3Rationale(d.value)} />
          </Field>
        )}
        <Text role="status">
          {category.ok
            ? t('cases.identify.thisIs', { category: t(`cases.category.${category.value.category}`) })
            : category.error.map((p) => t(p)).join(' ')}
        </Text>
      </fieldset>

      <div className={styles.row}>
        <Field label={t('cases.level.level')}>
          <Select value={String(level)} onChange={(_, d) => setLevel(Number(d.value) as Level)}>
            <option value="1">{t('cases.level.optionOne')}</option>
            <option value="2">{t('cases.level.option', { level: 2 })}</option>
            <option value="3">{t('cases.level.option', { level: 3 })}</option>
          </Select>
        </Field>
        <AgencySelect label={t('cases.referral.leadAgency')} value={leadAgency} onChange={setLeadAgency} />
        <Checkbox
          checked={mediaInterest}
          onChange={(_, d) => setMediaInterest(Boolean(d.checked))}
          label={t('cases.identify.mediaInterest')}
        />
      </div>

      <fieldset className={styles.group}>
        <legend>{t('cases.identify.disposal')}</legend>
        <div className={styles.row}>
          <Field label={t('cases.identify.kind')}>
            <Select value={kind} onChange={(_, d) => setKind(d.value as Disposal['kind'])}>
              {(Object.keys(disposalLabels) as Disposal['kind'][]).map((k) => (
                <option key={k} value={k}>
                  {t(disposalLabels[k])}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('cases.identify.from')}>
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label={kind === 'custody' ? t('cases.identify.releaseDate') : t('cases.identify.endDate')}>
            <Input type="date" value={until} onChange={(_, d) => setUntil(d.value)} />
          </Field>
          {kind === 'custody' && (
            <Field label={t('cases.identify.term')}>
              <Input type="number" min={0} value={termMonths} onChange={(_, d) => setTermMonths(d.value)} />
            </Field>
          )}
        </div>
        {(kind === 'custody' || kind === 'hospital') && (
          <Checkbox
            checked={complex}
            onChange={(_, d) => setComplex(Boolean(d.checked))}
            label={t('cases.identify.complex')}
          />
        )}
        {needsNotificationRecord(kind) && (
          <>
            <PersonFields legend={t('cases.identify.notifier')} value={notifier} onChange={setNotifier} />
            <Field label={t('cases.identify.notifiedOn')}>
              <Input type="date" value={notifiedOn} onChange={(_, d) => setNotifiedOn(d.value)} />
            </Field>
          </>
        )}
      </fieldset>

      {preview && (
        <ul className={styles.list} aria-label={t('cases.identify.dates')}>
          <li>{t('cases.identify.dueBy', { date: formatDate(preview.due) })}</li>
          {preview.rescreen && <li>{t('cases.identify.rescreenBy', { date: formatDate(preview.rescreen) })}</li>}
          <li>
            {preview.exit.kind === 'date'
              ? t('cases.identify.exitDue', { date: formatDate(preview.exit.date), basis: preview.exit.basis })
              : preview.exit.kind === 'indefinite'
                ? t('cases.identify.indefinite', { date: formatDate(preview.exit.reviewFrom) })
                : t('cases.identify.noExit', { basis: preview.exit.basis })}
          </li>
        </ul>
      )}

      <Field label={t('cases.identify.rationale')} required>
        <Textarea value={rationale} onChange={(_, d) => setRationale(d.value)} />
      </Field>
    </CaseStepDialog>
  );
}

export default IdentifyNominalDialog;
