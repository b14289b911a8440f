import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { memo, useCallback, useId, useMemo, useState } from 'react';

import {
  exportJobcentrePlusNotification,
  readJobcentrePlusNotification,
  saveJobcentrePlusNotification,
} from '../../app/confidentiality/jobcentrePlus';
import { useServices } from '../../app/ServicesProvider';
import { useRead } from '../../app/useRead';
import { checkJobcentrePlusNotification } from '../../core/disclosure/jobcentrePlus';
import { sayRecordText } from '../../core/disclosure/disclosureRecord';
import { jobcentrePlusPrintout, type JobcentrePlusRecord } from '../../core/disclosure/jobcentrePlusRecord';
import type { Stored } from '../../core/ports';
import { problemMessage } from '../../core/shared/errors';
import { msg } from '../../i18n/message';
import { useT } from '../i18n/I18nProvider';
import { download } from '../minutes/download';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  restriction: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorPaletteRedForeground1 },
  marking: { textAlign: 'center', fontWeight: tokens.fontWeightBold, letterSpacing: '0.05em' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'pre-wrap',
  },
  noPrint: { '@media print': { display: 'none' } },
});

type Draft = {
  name: string;
  dateOfBirth: string;
  nationalInsuranceNumber: string;
  restrictions: { key: string; kind: 'work' | 'training'; description: string; until: string }[];
  riskToStaff: '' | 'yes' | 'no';
};

const toDraft = (r: JobcentrePlusRecord | undefined, name: string, dateOfBirth: string | undefined): Draft => ({
  name: r?.notification.identity.name ?? name,
  dateOfBirth: r?.notification.identity.dateOfBirth ?? dateOfBirth ?? '',
  nationalInsuranceNumber: r?.notification.identity.nationalInsuranceNumber ?? '',
  restrictions: (r?.notification.restrictions ?? []).map((x, i) => ({ key: `r${i}`, ...x })),
  riskToStaff: r?.notification.riskToStaff ?? '',
});

/** Only the fields MAPPA J allows; empty optional ones are left out so the strict schema sees nothing extra. */
const toNotification = (d: Draft) => ({
  identity: {
    name: d.name,
    dateOfBirth: d.dateOfBirth,
    ...(d.nationalInsuranceNumber.trim() ? { nationalInsuranceNumber: d.nationalInsuranceNumber } : {}),
  },
  restrictions: d.restrictions.map(({ kind, description, until }) => ({ kind, description, until })),
  riskToStaff: d.riskToStaff || undefined,
});

export type JobcentrePlusNoticeProps = {
  caseId: string;
  caseReference: string;
  meetingId?: string;
  /** The nominal's name and date of birth, offered as the identity. */
  nominal: { name: string; dateOfBirth?: string };
  disabled?: boolean;
};

/**
 * MAPPA J: the notification to Jobcentre Plus. The form has only identity, the restricted work or
 * training with end dates, and risk to staff; any restriction whose words carry offence details is
 * flagged and saving waits until the chair rewrites it. Once saved it prints and downloads as Word,
 * both marked OFFICIAL-SENSITIVE and audited.
 */
export const JobcentrePlusNotice = memo(function JobcentrePlusNotice(props: JobcentrePlusNoticeProps) {
  const services = useServices();
  const t = useT();
  const load = useCallback(() => readJobcentrePlusNotification(services, props.caseId), [services, props.caseId]);
  const [loaded, , setLoaded] = useRead<Stored<JobcentrePlusRecord> | undefined>(load);
  if (loaded.state === 'loading') return <Spinner size="tiny" label={t('confidentiality.jobcentrePlus.loading')} />;
  if (loaded.state === 'error') return <Text role="alert">{t('confidentiality.jobcentrePlus.loadFailed')}</Text>;
  return <NoticeForm {...props} stored={loaded.value} onSaved={(s) => setLoaded(() => s)} />;
});

function NoticeForm({
  caseId,
  caseReference,
  meetingId,
  nominal,
  disabled,
  stored,
  onSaved,
}: JobcentrePlusNoticeProps & {
  stored: Stored<JobcentrePlusRecord> | undefined;
  onSaved: (s: Stored<JobcentrePlusRecord>) => void;
}) {
  const services = useServices();
  const s = useStyles();
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(stored?.doc, nominal.name, nominal.dateOfBirth));
  const [editing, setEditing] = useState(stored === undefined);
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const check = useMemo(() => checkJobcentrePlusNotification(toNotification(draft)), [draft]);
  // Each reason once, in the reader's language; those about a restriction's words stand out.
  const reasons = check.ok
    ? []
    : [
        ...new Map(
          check.reasons.map((r) => [
            t(r),
            r.key === 'confidentiality.jobcentrePlus.problem.namesProtected' ||
              r.key === 'confidentiality.jobcentrePlus.problem.smuggled',
          ]),
        ),
      ].map(([text, warning]) => ({ text, warning }));
  const smuggledIn = (i: number) =>
    check.ok ? [] : check.smuggled.filter((x) => x.field === `restrictions.${i}.description`);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(undefined);
  };
  const setRestriction = (key: string, patch: Partial<Draft['restrictions'][number]>) =>
    set({ restrictions: draft.restrictions.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  const save = async () => {
    if (!check.ok || busy) return;
    setBusy(true);
    try {
      const saved = await saveJobcentrePlusNotification(services, {
        caseId,
        meetingId,
        notification: toNotification(draft),
        version: stored?.version,
      });
      onSaved(saved);
      setEditing(false);
      setStatus(t('confidentiality.jobcentrePlus.saved'));
    } catch (e) {
      setStatus(
        t('confidentiality.jobcentrePlus.stillHere', {
          problem: t(problemMessage(e, msg('confidentiality.jobcentrePlus.saveFailed'))),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  if (!editing && stored) {
    return (
      <div className={s.root}>
        <JobcentrePlusPrintable record={stored.doc} caseReference={caseReference} />
        {status && <Text role="status">{status}</Text>}
        {!disabled && (
          <div className={`${s.row} ${s.noPrint}`}>
            <Button onClick={() => setEditing(true)}>{t('confidentiality.jobcentrePlus.change')}</Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form className={s.root} aria-label={t('confidentiality.jobcentrePlus.form')} onSubmit={(e) => e.preventDefault()}>
      <Text size={200}>{t('confidentiality.jobcentrePlus.intro')}</Text>
      <Field label={t('confidentiality.jobcentrePlus.name')} required>
        <Input value={draft.name} disabled={disabled} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <Field label={t('confidentiality.jobcentrePlus.dateOfBirth')} required>
        <Input
          type="date"
          value={draft.dateOfBirth}
          disabled={disabled}
          onChange={(_, d) => set({ dateOfBirth: d.value })}
        />
      </Field>
      <Field
        label={t('confidentiality.jobcentrePlus.nationalInsuranceNumber')}
        hint={t('confidentiality.jobcentrePlus.nationalInsuranceNumberHint')}
      >
        <Input
          value={draft.nationalInsuranceNumber}
          disabled={disabled}
          onChange={(_, d) => set({ nationalInsuranceNumber: d.value })}
        />
      </Field>
      {draft.restrictions.map((r, i) => {
        const smuggled = smuggledIn(i);
        const number = i + 1;
        return (
          <fieldset
            key={r.key}
            className={s.restriction}
            aria-label={t('confidentiality.jobcentrePlus.restriction', { number })}
          >
            <Field label={t('confidentiality.jobcentrePlus.restrictionKind', { number })}>
              <Select
                value={r.kind}
                disabled={disabled}
                onChange={(_, d) => setRestriction(r.key, { kind: d.value as 'work' | 'training' })}
              >
                <option value="work">{t('confidentiality.jobcentrePlus.work')}</option>
                <option value="training">{t('confidentiality.jobcentrePlus.training')}</option>
              </Select>
            </Field>
            <Field
              label={t('confidentiality.jobcentrePlus.restrictionDescription', { number })}
              hint={t('confidentiality.jobcentrePlus.restrictionDescriptionHint')}
              required
              validationState={smuggled.length ? 'error' : undefined}
              validationMessage={
                smuggled.length
                  ? t('confidentiality.jobcentrePlus.mentions', {
                      details: t.list(
                        smuggled.map((x) =>
                          t('confidentiality.jobcentrePlus.detail', { detail: x.detail, matched: x.matched }),
                        ),
                      ),
                    })
                  : undefined
              }
            >
              <Input
                value={r.description}
                disabled={disabled}
                onChange={(_, d) => setRestriction(r.key, { description: d.value })}
              />
            </Field>
            <Field label={t('confidentiality.jobcentrePlus.restrictionUntil', { number })} required>
              <Input
                type="date"
                value={r.until}
                disabled={disabled}
                onChange={(_, d) => setRestriction(r.key, { until: d.value })}
              />
            </Field>
            {!disabled && (
              <Button
                size="small"
                onClick={() => set({ restrictions: draft.restrictions.filter((x) => x.key !== r.key) })}
              >
                {t('confidentiality.jobcentrePlus.removeRestriction', { number })}
              </Button>
            )}
          </fieldset>
        );
      })}
      {!disabled && (
        <div>
          <Button
            onClick={() =>
              set({
                restrictions: [
                  ...draft.restrictions,
                  { key: services.ids.newId('jr'), kind: 'work', description: '', until: '' },
                ],
              })
            }
          >
            {t('confidentiality.jobcentrePlus.addRestriction')}
          </Button>
        </div>
      )}
      <Field label={t('confidentiality.jobcentrePlus.riskToStaff')} required>
        <RadioGroup
          layout="horizontal"
          disabled={disabled}
          value={draft.riskToStaff}
          onChange={(_, d) => set({ riskToStaff: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label={t('confidentiality.jobcentrePlus.yes')} />
          <Radio value="no" label={t('confidentiality.jobcentrePlus.no')} />
        </RadioGroup>
      </Field>
      {!check.ok && (
        <div role="group" aria-labelledby={`${id}-missing`}>
          <Text id={`${id}-missing`} weight="semibold">
            {t('confidentiality.jobcentrePlus.beforeSaving')}
          </Text>
          <ul>
            {reasons.map(({ text, warning }) => (
              <li key={text}>
                <Text size={200} className={warning ? s.warning : undefined}>
                  {text}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && <Text role="status">{status}</Text>}
      {!disabled && (
        <div className={s.row}>
          <Button appearance="primary" disabledFocusable={!check.ok || busy} onClick={() => void save()}>
            {t('confidentiality.jobcentrePlus.save')}
          </Button>
          {stored && <Button onClick={() => setEditing(false)}>{t('confidentiality.jobcentrePlus.cancel')}</Button>}
        </div>
      )}
    </form>
  );
}

/** The printable notice: OFFICIAL-SENSITIVE at the top and bottom, only what MAPPA J holds. */
export function JobcentrePlusPrintable({
  record,
  caseReference,
}: {
  record: JobcentrePlusRecord;
  caseReference: string;
}) {
  const services = useServices();
  const s = useStyles();
  const t = useT();
  const printout = jobcentrePlusPrintout(record.notification, caseReference);
  const [problem, setProblem] = useState<string>();
  const exportAs = async (how: 'docx' | 'print') => {
    setProblem(undefined);
    try {
      const file = await exportJobcentrePlusNotification(services, {
        record,
        caseReference,
        how,
        language: t.locale,
      });
      if (file) download(file);
      else window.print();
    } catch (e) {
      setProblem(t(problemMessage(e, msg('confidentiality.jobcentrePlus.exportFailed'))));
    }
  };
  return (
    <article aria-label={t(printout.title)} className={s.root}>
      <Text className={s.marking}>{t('documents.marking')}</Text>
      <Text as="h3" size={400} weight="semibold">
        {t(printout.title)}
      </Text>
      <table className={s.table}>
        <tbody>
          {printout.rows.map((r, i) => (
            <tr key={`${r.label.key}-${i}`}>
              <th scope="row" className={s.cell}>
                {t(r.label)}
              </th>
              <td className={s.cell}>{sayRecordText(t, r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {printout.recipientNotes.map((n) => (
        <Text as="p" key={n.key} size={200}>
          {t(n)}
        </Text>
      ))}
      <Text className={s.marking}>{t('documents.marking')}</Text>
      <div className={`${s.row} ${s.noPrint}`}>
        <Button onClick={() => void exportAs('print')}>{t('confidentiality.jobcentrePlus.print')}</Button>
        <Button onClick={() => void exportAs('docx')}>{t('confidentiality.jobcentrePlus.download')}</Button>
      </div>
      {problem && <Text role="alert">{problem}</Text>}
    </article>
  );
}

export default JobcentrePlusNotice;
