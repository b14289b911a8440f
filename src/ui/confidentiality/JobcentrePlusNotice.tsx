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
import { useCallback, useId, useState } from 'react';

import {
  exportJobcentrePlusNotification,
  readJobcentrePlusNotification,
  saveJobcentrePlusNotification,
} from '../../app/confidentiality/jobcentrePlus';
import { useServices } from '../../app/ServicesProvider';
import { useRead } from '../../app/useRead';
import { checkJobcentrePlusNotification } from '../../core/disclosure/jobcentrePlus';
import { jobcentrePlusPrintout, type JobcentrePlusRecord } from '../../core/disclosure/jobcentrePlusRecord';
import type { Stored } from '../../core/ports';
import { userMessage } from '../../core/shared/errors';
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
export function JobcentrePlusNotice(props: JobcentrePlusNoticeProps) {
  const services = useServices();
  const load = useCallback(() => readJobcentrePlusNotification(services, props.caseId), [services, props.caseId]);
  const [loaded, , setLoaded] = useRead<Stored<JobcentrePlusRecord> | undefined>(load, {
    failure: 'The MAPPA J notification could not be loaded. Check your connection and try again.',
  });
  if (loaded.state === 'loading') return <Spinner size="tiny" label="Loading the MAPPA J notification…" />;
  if (loaded.state === 'error') return <Text role="alert">{loaded.message}</Text>;
  return <NoticeForm {...props} stored={loaded.value} onSaved={(s) => setLoaded(() => s)} />;
}

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
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(stored?.doc, nominal.name, nominal.dateOfBirth));
  const [editing, setEditing] = useState(stored === undefined);
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const check = checkJobcentrePlusNotification(toNotification(draft));
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
      setStatus('MAPPA J notification saved.');
    } catch (e) {
      setStatus(`${userMessage(e, 'The notification could not be saved.')} What you entered is still here.`);
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
            <Button onClick={() => setEditing(true)}>Change the MAPPA J notification</Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <form className={s.root} aria-label="MAPPA J notification" onSubmit={(e) => e.preventDefault()}>
      <Text size={200}>
        Jobcentre Plus is told only who the person is, the kinds of work or training they must not do and until when,
        and whether its staff are at risk. Never the offence, a victim or anything about health.
      </Text>
      <Field label="Name" required>
        <Input value={draft.name} disabled={disabled} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <Field label="Date of birth" required>
        <Input
          type="date"
          value={draft.dateOfBirth}
          disabled={disabled}
          onChange={(_, d) => set({ dateOfBirth: d.value })}
        />
      </Field>
      <Field label="National Insurance number" hint="If known, for example QQ123456C">
        <Input
          value={draft.nationalInsuranceNumber}
          disabled={disabled}
          onChange={(_, d) => set({ nationalInsuranceNumber: d.value })}
        />
      </Field>
      {draft.restrictions.map((r, i) => {
        const smuggled = smuggledIn(i);
        return (
          <fieldset key={r.key} className={s.restriction} aria-label={`Restriction ${i + 1}`}>
            <Field label={`Restriction ${i + 1}: work or training`}>
              <Select
                value={r.kind}
                disabled={disabled}
                onChange={(_, d) => setRestriction(r.key, { kind: d.value as 'work' | 'training' })}
              >
                <option value="work">Work</option>
                <option value="training">Training</option>
              </Select>
            </Field>
            <Field
              label={`Restriction ${i + 1}: the kind of work or training`}
              hint="For example: work with children under 18; work in people’s homes"
              required
              validationState={smuggled.length ? 'error' : undefined}
              validationMessage={
                smuggled.length
                  ? `This mentions ${smuggled.map((x) => `${x.label} (“${x.matched}”)`).join(' and ')}. Rewrite it as the kind of work only: Jobcentre Plus is not told about offences.`
                  : undefined
              }
            >
              <Input
                value={r.description}
                disabled={disabled}
                onChange={(_, d) => setRestriction(r.key, { description: d.value })}
              />
            </Field>
            <Field label={`Restriction ${i + 1}: ends on`} required>
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
                Remove restriction {i + 1}
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
            Add a restricted kind of work or training
          </Button>
        </div>
      )}
      <Field label="Are Jobcentre Plus staff at risk?" required>
        <RadioGroup
          layout="horizontal"
          disabled={disabled}
          value={draft.riskToStaff}
          onChange={(_, d) => set({ riskToStaff: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {!check.ok && (
        <div role="group" aria-labelledby={`${id}-missing`}>
          <Text id={`${id}-missing`} weight="semibold">
            Before saving
          </Text>
          <ul>
            {[...new Set(check.problems)].map((p) => (
              <li key={p}>
                <Text size={200} className={p.startsWith('Restriction') ? s.warning : undefined}>
                  {p}
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
            Save the MAPPA J notification
          </Button>
          {stored && <Button onClick={() => setEditing(false)}>Cancel</Button>}
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
  const printout = jobcentrePlusPrintout(record.notification, caseReference);
  const [problem, setProblem] = useState<string>();
  const exportAs = async (how: 'docx' | 'print') => {
    setProblem(undefined);
    try {
      const file = await exportJobcentrePlusNotification(services, { record, caseReference, how });
      if (file) download(file);
      else window.print();
    } catch (e) {
      setProblem(userMessage(e, 'The notification could not be exported. Try again.'));
    }
  };
  return (
    <article aria-label={printout.title} className={s.root}>
      <Text className={s.marking}>{printout.marking}</Text>
      <Text as="h3" size={400} weight="semibold">
        {printout.title}
      </Text>
      <table className={s.table}>
        <tbody>
          {printout.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={s.cell}>
                {r.label}
              </th>
              <td className={s.cell}>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {printout.recipientNotes.map((n) => (
        <Text as="p" key={n} size={200}>
          {n}
        </Text>
      ))}
      <Text className={s.marking}>{printout.marking}</Text>
      <div className={`${s.row} ${s.noPrint}`}>
        <Button onClick={() => void exportAs('print')}>Print the MAPPA J notification</Button>
        <Button onClick={() => void exportAs('docx')}>Download the MAPPA J notification (Word)</Button>
      </div>
      {problem && <Text role="alert">{problem}</Text>}
    </article>
  );
}

export default JobcentrePlusNotice;
