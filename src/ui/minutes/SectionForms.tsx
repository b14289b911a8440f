import { Button, Checkbox, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { useServices } from '../../app/ServicesProvider';
import { actionStatuses, pillars, type ActionStatus, type Pillar } from '../../core/actions/action.schema';
import { categoryLabels, type Category, type Level } from '../../core/cases/case.schema';
import type { Acknowledgement } from '../../core/confidentiality/acknowledgement.schema';
import { emailDomain, planDistribution } from '../../core/confidentiality/distribution';
import type { DisclosureDecision } from '../../core/disclosure/disclosureDecision.schema';
import {
  roshGroups,
  roshLabels,
  type Minutes,
  type MinutesAction,
  type RoshGroup,
  type RoshLevel,
} from '../../core/minutes/minutes.schema';
import {
  decisionProblems,
  disclosureContextOf,
  localDate,
  pillarLabel,
  planPillars,
  stampAcknowledgements,
  victimFlagsOf,
} from '../../core/minutes/rules';
import { sectionLabel, type SectionId } from '../../core/minutes/sections';
import { agencies, agencyLabel, PersonSchema, type Agency, type Person } from '../../core/people/agency';
import { AcknowledgementStatus } from '../confidentiality/AcknowledgementStatus';
import { DisclosureDecisionForm } from '../confidentiality/DisclosureDecisionForm';
import { DisclosureRecordView } from '../confidentiality/DisclosureRecordView';
import { MinimumNecessaryCheck } from '../confidentiality/MinimumNecessaryCheck';
import { AddActionForm } from './AddActionForm';
import { Choice, TextArea, TextInput } from './fields';
import { FinalisePanel } from './FinalisePanel';
import { ReviewActions } from './ReviewActions';

export type Edit = (change: (m: Minutes) => Minutes) => void;
type Props<K extends keyof Minutes> = { value: Minutes[K]; edit: Edit; disabled?: boolean };

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  statement: { whiteSpace: 'pre-wrap', margin: 0 },
  written: {
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusSmall,
  },
});

const agencyOptions = Object.entries(agencies) as [Agency, string][];
const levelOptions = [
  ['1', 'Level 1'],
  ['2', 'Level 2'],
  ['3', 'Level 3'],
] as const;
const categoryOptions = (Object.entries(categoryLabels) as [string, string][]).map(([k, v]) => [k, v] as const);
const roshOptions = Object.entries(roshLabels) as [RoshLevel, string][];

/** People who can own an action or chair: those in the attendance list. */
export function usePeople(doc: Minutes): Person[] {
  const { attendance, meetingDetails } = doc;
  return useMemo(() => {
    const all = [...attendance.map((a) => a.person), ...(meetingDetails.chair ? [meetingDetails.chair] : [])];
    return all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
  }, [attendance, meetingDetails.chair]);
}

function PersonChoice(p: {
  label: string;
  people: Person[];
  value?: Person;
  onChange: (p?: Person) => void;
  disabled?: boolean;
}) {
  return (
    <Choice
      label={p.label}
      value={p.value?.id ?? ''}
      disabled={p.disabled}
      options={p.people.map((x) => [x.id, `${x.name} (${agencyLabel(x.agency)})`] as const)}
      emptyLabel="Choose a person"
      onChange={(id) => p.onChange(p.people.find((x) => x.id === id))}
    />
  );
}

const MeetingDetails = memo(function MeetingDetails({
  value,
  edit,
  disabled,
  people,
  timeZone,
}: Props<'meetingDetails'> & { people: Person[]; timeZone: string }) {
  const s = useStyles();
  const set = (patch: Partial<Minutes['meetingDetails']>) =>
    edit((m) => ({ ...m, meetingDetails: { ...m.meetingDetails, ...patch } }));
  return (
    <div className={s.stack}>
      <Text>
        {{ initial: 'Initial', review: 'Review', urgent: 'Urgent' }[value.kind]} meeting, number {value.sequence}, on{' '}
        {localDate(value.start, timeZone)}. Level {value.level}, {categoryLabels[value.category]}.
      </Text>
      <TextInput label="Venue or link" value={value.venue} disabled={disabled} onChange={(venue) => set({ venue })} />
      <PersonChoice
        label="Chair"
        people={people}
        value={value.chair}
        disabled={disabled}
        onChange={(chair) => set({ chair })}
      />
      <PersonChoice
        label="Minute-taker"
        people={people}
        value={value.minuteTaker}
        disabled={disabled}
        onChange={(minuteTaker) => set({ minuteTaker })}
      />
      <Choice
        label="Lead agency"
        value={value.leadAgency ?? ''}
        options={agencyOptions}
        disabled={disabled}
        onChange={(a) => set({ leadAgency: a || undefined })}
      />
    </div>
  );
});

const Statements = memo(function Statements({
  value,
  edit,
  disabled,
  now,
}: Props<'statements'> & { now: () => string }) {
  const s = useStyles();
  const mark = (key: 'confidentialityReadAt' | 'equalityReadAt') =>
    edit((m) => ({ ...m, statements: { ...m.statements, [key]: m.statements[key] ? undefined : now() } }));
  return (
    <div className={s.stack}>
      <Text weight="semibold">Confidentiality statement</Text>
      <p className={s.statement}>{value.confidentiality}</p>
      <Checkbox
        label="Read aloud, or attention drawn to it"
        checked={Boolean(value.confidentialityReadAt)}
        disabled={disabled}
        onChange={() => mark('confidentialityReadAt')}
      />
      <Text weight="semibold">Equality and diversity statement</Text>
      <p className={s.statement}>{value.equality}</p>
      <Checkbox
        label="Read aloud"
        checked={Boolean(value.equalityReadAt)}
        disabled={disabled}
        onChange={() => mark('equalityReadAt')}
      />
    </div>
  );
});

const attendanceOptions = [
  ['present', 'Present'],
  ['apologies', 'Apologies'],
  ['writtenUpdate', 'Written update received'],
] as const;

const AttendanceSection = memo(function AttendanceSection({
  value,
  edit,
  disabled,
  meetingId,
}: Props<'attendance'> & { meetingId: string }) {
  const s = useStyles();
  const { ids, me, clock, settings } = useServices();
  const [draft, setDraft] = useState({ name: '', email: '', agency: '' as Agency | '', role: '' });
  const [error, setError] = useState<string>();
  const present = useMemo(() => value.filter((a) => a.attendance === 'present').map((a) => a.person), [value]);
  const when = useMemo(
    () => new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, dateStyle: 'medium', timeStyle: 'short' }),
    [settings.timeZone],
  );
  // Who acknowledged, and when, is recorded in the attendance (a signed version keeps its own).
  const onLoaded = useCallback(
    (acks: Acknowledgement[]) => {
      if (acks.some((k) => value.some((a) => a.person.id === k.person.id && a.acknowledgedAt !== k.at))) {
        edit((m) => stampAcknowledgements(m, acks));
      }
    },
    [value, edit],
  );
  const setWaiver = (id: string, reason: string) =>
    edit((m) => ({
      ...m,
      attendance: m.attendance.map((x) =>
        x.id === id
          ? {
              ...x,
              acknowledgementWaiver: reason
                ? { reason, recordedBy: { id: me.id, name: me.name }, at: clock.now().toISOString() }
                : undefined,
            }
          : x,
      ),
    }));
  const add = () => {
    const parsed = PersonSchema.safeParse({
      id: ids.newId('person'),
      name: draft.name,
      email: draft.email,
      agency: draft.agency || undefined,
      role: draft.role || undefined,
    });
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => (i.path[0] === 'agency' ? 'Choose an agency' : i.message)).join('. '));
      return;
    }
    setError(undefined);
    edit((m) => ({
      ...m,
      attendance: [...m.attendance, { id: ids.newId('att'), person: parsed.data, attendance: 'present' }],
    }));
    setDraft({ name: '', email: '', agency: '', role: '' });
  };
  return (
    <div className={s.stack}>
      <AcknowledgementStatus meetingId={meetingId} attendeesPresent={present} onLoaded={onLoaded} />
      {value.length === 0 && <Text>Nobody is listed yet.</Text>}
      {value.map((a) => (
        <div key={a.id} className={s.item} role="group" aria-label={a.person.name}>
          <Text weight="semibold">{a.person.name}</Text>
          <Text size={200}>
            {agencyLabel(a.person.agency)}
            {a.person.role ? `, ${a.person.role}` : ''}
          </Text>
          <Text size={200}>
            {a.acknowledgedAt
              ? `Acknowledged the confidentiality statement on ${when.format(new Date(a.acknowledgedAt))}.`
              : 'Has not acknowledged the confidentiality statement.'}
          </Text>
          <Choice
            label={`Attendance of ${a.person.name}`}
            value={a.attendance}
            options={attendanceOptions}
            disabled={disabled}
            onChange={(v) =>
              v &&
              edit((m) => ({
                ...m,
                attendance: m.attendance.map((x) => (x.id === a.id ? { ...x, attendance: v } : x)),
              }))
            }
          />
          {a.attendance === 'present' && !a.acknowledgedAt && (
            <TextInput
              label={`Why ${a.person.name} has not acknowledged`}
              hint="For example: joined by telephone. Needed before finalising."
              value={a.acknowledgementWaiver?.reason ?? ''}
              disabled={disabled}
              onChange={(reason) => setWaiver(a.id, reason)}
            />
          )}
        </div>
      ))}
      {!disabled && (
        <div className={s.item}>
          <Text weight="semibold">Add someone</Text>
          <TextInput label="Name" value={draft.name} onChange={(name) => setDraft((d) => ({ ...d, name }))} />
          <TextInput
            label="Secure e-mail"
            type="email"
            value={draft.email}
            onChange={(email) => setDraft((d) => ({ ...d, email }))}
          />
          <Choice
            label="Agency"
            value={draft.agency}
            options={agencyOptions}
            emptyLabel="Choose an agency"
            onChange={(agency) => setDraft((d) => ({ ...d, agency }))}
          />
          <TextInput label="Role" value={draft.role} onChange={(role) => setDraft((d) => ({ ...d, role }))} />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>Add to attendance</Button>
        </div>
      )}
    </div>
  );
});

const NominalSection = memo(function NominalSection({ value, edit, disabled }: Props<'nominal'>) {
  const s = useStyles();
  const set = (patch: Partial<Minutes['nominal']>) => edit((m) => ({ ...m, nominal: { ...m.nominal, ...patch } }));
  const setId = (patch: Partial<Minutes['nominal']['identifiers']>) =>
    edit((m) => ({ ...m, nominal: { ...m.nominal, identifiers: { ...m.nominal.identifiers, ...patch } } }));
  return (
    <div className={s.stack}>
      <TextInput label="Name" value={value.name} disabled={disabled} onChange={(name) => set({ name })} />
      <TextInput
        label="Date of birth"
        type="date"
        value={value.dateOfBirth ?? ''}
        disabled={disabled}
        onChange={(d) => set({ dateOfBirth: d || undefined })}
      />
      <TextInput
        label="Aliases, separated by commas"
        restricted
        value={value.aliases.join(', ')}
        disabled={disabled}
        onChange={(v) =>
          set({
            aliases: v
              .split(',')
              .map((x) => x.trimStart())
              .filter((x, i, all) => x || i === all.length - 1),
          })
        }
      />
      <TextInput
        label="PNC number"
        value={value.identifiers.pnc ?? ''}
        disabled={disabled}
        onChange={(pnc) => setId({ pnc })}
      />
      <TextInput
        label="ViSOR reference"
        value={value.identifiers.visor ?? ''}
        disabled={disabled}
        onChange={(visor) => setId({ visor })}
      />
      <TextInput
        label="Agency reference"
        value={value.identifiers.agencyRef ?? ''}
        disabled={disabled}
        onChange={(agencyRef) => setId({ agencyRef })}
      />
      <TextArea
        label="Address"
        restricted
        value={value.address}
        disabled={disabled}
        onChange={(address) => set({ address })}
      />
    </div>
  );
});

function textSection<K extends 'purpose' | 'safeguarding' | 'victimIssues' | 'equality' | 'media' | 'executiveSummary'>(
  key: K,
  fields: readonly { name: keyof Minutes[K] & string; label: string; restricted?: boolean; rows?: number }[],
) {
  return memo(function TextSection({ value, edit, disabled }: Props<K>) {
    const s = useStyles();
    return (
      <div className={s.stack}>
        {fields.map((f) => (
          <TextArea
            key={f.name}
            label={f.label}
            restricted={f.restricted}
            rows={f.rows}
            disabled={disabled}
            value={String((value as Record<string, unknown>)[f.name] ?? '')}
            onChange={(v) => edit((m) => ({ ...m, [key]: { ...(m[key] as object), [f.name]: v } }))}
          />
        ))}
      </div>
    );
  });
}

const Purpose = textSection('purpose', [
  { name: 'reason', label: 'Purpose of the meeting or reason for referral' },
  { name: 'changesSinceLast', label: 'What has changed since the last meeting' },
]);
const Safeguarding = textSection('safeguarding', [
  { name: 'children', label: 'Children', restricted: true },
  { name: 'vulnerableAdults', label: 'Vulnerable adults', restricted: true },
]);
const VictimIssuesText = textSection('victimIssues', [
  { name: 'text', label: 'Victim issues (from the victim liaison officer)', restricted: true },
]);

const VictimIssues = memo(function VictimIssues({ value, edit, disabled }: Props<'victimIssues'>) {
  const s = useStyles();
  const { ids } = useServices();
  const [draft, setDraft] = useState({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim()) return setError('Enter the name of the person flagged as a victim.');
    if (email && !emailDomain(email)) return setError('Enter a valid e-mail address, or leave it empty.');
    setError(undefined);
    edit((m) => ({
      ...m,
      victimIssues: {
        ...m.victimIssues,
        flaggedVictims: [...m.victimIssues.flaggedVictims, { id: ids.newId('vic'), name: draft.name.trim(), email }],
      },
    }));
    setDraft({ name: '', email: '' });
  };
  return (
    <div className={s.stack}>
      <VictimIssuesText value={value} edit={edit} disabled={disabled} />
      <Text weight="semibold">People flagged as victims (restricted): never sent minutes</Text>
      {value.flaggedVictims.length === 0 && <Text size={200}>Nobody is flagged.</Text>}
      <ul aria-label="People flagged as victims">
        {value.flaggedVictims.map((v) => (
          <li key={v.id}>
            <Text>
              {v.name}
              {v.email ? `, ${v.email}` : ''}
            </Text>{' '}
            {!disabled && (
              <Button
                size="small"
                onClick={() =>
                  edit((m) => ({
                    ...m,
                    victimIssues: {
                      ...m.victimIssues,
                      flaggedVictims: m.victimIssues.flaggedVictims.filter((x) => x.id !== v.id),
                    },
                  }))
                }
              >
                Remove the flag on {v.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <div className={s.item}>
          <TextInput
            label="Name of a person flagged as a victim"
            restricted
            value={draft.name}
            onChange={(name) => setDraft((d) => ({ ...d, name }))}
          />
          <TextInput
            label="Their e-mail, if known"
            restricted
            type="email"
            value={draft.email}
            onChange={(email) => setDraft((d) => ({ ...d, email }))}
          />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>Flag as a victim</Button>
        </div>
      )}
    </div>
  );
});
const Equality = textSection('equality', [{ name: 'text', label: 'Equality considerations linked to risk' }]);
const Media = textSection('media', [
  { name: 'plan', label: 'Media plan' },
  { name: 'publicInterest', label: 'Public interest issues' },
]);
const ExecutiveSummaryForm = textSection('executiveSummary', [
  {
    name: 'text',
    label: 'Executive summary (released on request; write nothing about victims, children or third parties)',
    rows: 6,
  },
]);

type AgencyEntry = Minutes['agencyInformation'][number];

/** One agency's contribution, with the minimum-necessary check it passes recorded beside it. */
const AgencyEntryForm = memo(function AgencyEntryForm({
  entry,
  number,
  setItem,
  disabled,
}: {
  entry: AgencyEntry;
  number: number;
  setItem: (id: string, patch: Partial<AgencyEntry>) => void;
  disabled?: boolean;
}) {
  const s = useStyles();
  const written = entry.source === 'written';
  const name = `Entry ${number}: ${agencyLabel(entry.agency)}${written ? ', written update' : ''}`;
  return (
    <section className={s.item} aria-label={name}>
      <Text weight="semibold">{name}</Text>
      {written && (
        <Text size={200} className={s.written}>
          Written update from {entry.from || 'the agency'}, sent because they could not attend; read out at the meeting.
        </Text>
      )}
      <Choice
        label={`Agency of entry ${number}`}
        value={entry.agency}
        options={agencyOptions}
        disabled={disabled}
        onChange={(a) => a && setItem(entry.id, { agency: a })}
      />
      <TextInput
        label={`Entry ${number} given by`}
        value={entry.from}
        disabled={disabled}
        onChange={(from) => setItem(entry.id, { from })}
      />
      <TextArea
        label={`Information from ${agencyLabel(entry.agency)}${written ? ' (written update)' : ''}, entry ${number}`}
        restricted
        value={entry.text}
        disabled={disabled}
        onChange={(text) => setItem(entry.id, { text })}
      />
      <MinimumNecessaryCheck
        title={`Minimum necessary: entry ${number}`}
        agency={entry.agency}
        text={entry.text}
        value={entry.minimumNecessary}
        disabled={disabled}
        onChange={(minimumNecessary) => setItem(entry.id, { minimumNecessary })}
      />
    </section>
  );
});

const AgencyInformation = memo(function AgencyInformation({ value, edit, disabled }: Props<'agencyInformation'>) {
  const s = useStyles();
  const { ids } = useServices();
  const setItem = useCallback(
    (id: string, patch: Partial<AgencyEntry>) =>
      edit((m) => ({
        ...m,
        agencyInformation: m.agencyInformation.map((x) => (x.id === id ? { ...x, ...patch } : x)),
      })),
    [edit],
  );
  return (
    <div className={s.stack}>
      <Text size={200}>
        Share only what is needed to assess or manage the risk. Each entry records its minimum-necessary check.
      </Text>
      {value.map((i, n) => (
        <AgencyEntryForm key={i.id} entry={i} number={n + 1} setItem={setItem} disabled={disabled} />
      ))}
      {!disabled && (
        <Button
          onClick={() =>
            edit((m) => ({
              ...m,
              agencyInformation: [
                ...m.agencyInformation,
                { id: ids.newId('inf'), agency: 'police', from: '', source: 'verbal', text: '' },
              ],
            }))
          }
        >
          Add an agency’s information
        </Button>
      )}
    </div>
  );
});

const RiskAssessment = memo(function RiskAssessment({ value, edit, disabled }: Props<'riskAssessment'>) {
  const s = useStyles();
  const set = (patch: Partial<Minutes['riskAssessment']>) =>
    edit((m) => ({ ...m, riskAssessment: { ...m.riskAssessment, ...patch } }));
  const setRosh = (where: 'community' | 'custody', g: RoshGroup, v: RoshLevel | '') =>
    edit((m) => ({
      ...m,
      riskAssessment: { ...m.riskAssessment, [where]: { ...m.riskAssessment[where], [g]: v || undefined } },
    }));
  return (
    <div className={s.stack}>
      {(['community', 'custody'] as const).map((where) => (
        <fieldset key={where} className={s.item}>
          <legend>Risk of serious harm {where === 'community' ? 'in the community' : 'in custody'}</legend>
          {(Object.keys(roshGroups) as RoshGroup[]).map((g) => (
            <Choice
              key={g}
              label={`${roshGroups[g]}, ${where === 'community' ? 'community' : 'custody'}`}
              value={value[where][g] ?? ''}
              options={roshOptions}
              disabled={disabled}
              onChange={(v) => setRosh(where, g, v)}
            />
          ))}
        </fieldset>
      ))}
      <TextArea
        label="Who is at risk"
        restricted
        value={value.whoIsAtRisk}
        disabled={disabled}
        onChange={(whoIsAtRisk) => set({ whoIsAtRisk })}
      />
      <TextArea
        label="Nature of the risk"
        value={value.nature}
        disabled={disabled}
        onChange={(nature) => set({ nature })}
      />
      <TextArea
        label="When the risk is greatest"
        restricted
        value={value.whenGreatest}
        disabled={disabled}
        onChange={(whenGreatest) => set({ whenGreatest })}
      />
      <TextArea
        label="What increases the risk"
        value={value.increases}
        disabled={disabled}
        onChange={(increases) => set({ increases })}
      />
      <TextArea
        label="Protective factors"
        value={value.protectiveFactors}
        disabled={disabled}
        onChange={(protectiveFactors) => set({ protectiveFactors })}
      />
      <TextArea
        label="Differing views"
        value={value.dissent}
        disabled={disabled}
        onChange={(dissent) => set({ dissent })}
      />
    </div>
  );
});

const outcomeLabels = { disclose: 'Disclose', notNeeded: 'Considered: not needed' } as const;

const Disclosure = memo(function Disclosure({
  value,
  edit,
  disabled,
  session,
  caseId,
  caseReference,
  nominal,
  meetingDetails,
  attendance,
}: Props<'disclosure'> & { session?: MinutesSession; caseId: string; caseReference: string } & Pick<
    Minutes,
    'nominal' | 'meetingDetails' | 'attendance'
  >) {
  const s = useStyles();
  const { ids, settings } = useServices();
  const [editing, setEditing] = useState<string>();
  const [record, setRecord] = useState<string>();
  const context = useMemo(
    () => disclosureContextOf({ nominal, meetingDetails, attendance }, settings.timeZone),
    [nominal, meetingDetails, attendance, settings.timeZone],
  );
  const when = useMemo(
    () => new Intl.DateTimeFormat('en-GB', { timeZone: settings.timeZone, dateStyle: 'medium', timeStyle: 'short' }),
    [settings.timeZone],
  );
  const set = (patch: Partial<Minutes['disclosure']>) =>
    edit((m) => ({ ...m, disclosure: { ...m.disclosure, ...patch } }));
  // The form hands over only a complete decision; it is stored (sent, not just kept on the device) before the coordinator is told.
  const save = async (decision: DisclosureDecision) => {
    edit((m) => ({
      ...m,
      disclosure: {
        ...m.disclosure,
        considered: true,
        decisions: m.disclosure.decisions.some((d) => d.id === decision.id)
          ? m.disclosure.decisions.map((d) => (d.id === decision.id ? decision : d))
          : [...m.disclosure.decisions, decision],
      },
    }));
    await session?.outbox.flush();
  };
  return (
    <div className={s.stack}>
      <Text size={200}>
        Disclosure is considered at every meeting. Record the decision: “not needed” with its reasons, or a decision to
        disclose with every checklist item answered.
      </Text>
      <Checkbox
        label="Disclosure has been considered"
        checked={value.considered}
        disabled={disabled}
        onChange={(_, d) => set({ considered: Boolean(d.checked) })}
      />
      {value.decisions.map((d, i) => (
        <section key={d.id} className={s.item} aria-label={`Disclosure decision ${i + 1}`}>
          <Text weight="semibold">
            Decision {i + 1}: {outcomeLabels[d.outcome]}
          </Text>
          <Text size={200}>
            {d.recordedAt ? `Recorded on ${when.format(new Date(d.recordedAt))}.` : ''}
            {d.outcome === 'disclose'
              ? d.reportedToCoordinatorAt
                ? ` Reported to the MAPPA coordinator on ${when.format(new Date(d.reportedToCoordinatorAt))}.`
                : ' Not yet reported to the MAPPA coordinator.'
              : ''}
          </Text>
          <p className={s.statement}>{d.reasons}</p>
          <div className={s.row}>
            {!disabled && editing !== d.id && (
              <Button size="small" onClick={() => setEditing(d.id)}>
                Change decision {i + 1}
              </Button>
            )}
            {d.outcome === 'disclose' && (
              <Button
                size="small"
                aria-expanded={record === d.id}
                onClick={() => setRecord((r) => (r === d.id ? undefined : d.id))}
              >
                {record === d.id ? 'Hide' : 'Show'} the disclosure record for decision {i + 1}
              </Button>
            )}
          </div>
          {record === d.id && <DisclosureRecordView decision={d} caseId={caseId} caseReference={caseReference} />}
        </section>
      ))}
      {editing !== undefined && !disabled ? (
        <div className={s.item}>
          <DisclosureDecisionForm
            key={editing}
            decisionId={editing}
            value={value.decisions.find((d) => d.id === editing)}
            context={context}
            caseId={caseId}
            caseReference={caseReference}
            coordinatorEmail={meetingDetails.coordinator?.email}
            onSave={save}
          />
          <div>
            <Button onClick={() => setEditing(undefined)}>Close the decision form</Button>
          </div>
        </div>
      ) : (
        !disabled && <Button onClick={() => setEditing(ids.newId('dis'))}>Record a disclosure decision</Button>
      )}
      <TextArea label="Notes" restricted value={value.notes} disabled={disabled} onChange={(notes) => set({ notes })} />
    </div>
  );
});

const ActionRow = memo(function ActionRow({
  action,
  people,
  onChange,
  onRemove,
  disabled,
  number,
}: {
  action: MinutesAction;
  people: Person[];
  onChange: (id: string, patch: Partial<MinutesAction>) => void;
  onRemove: (id: string) => void;
  disabled?: boolean;
  number: number;
}) {
  const s = useStyles();
  return (
    <div className={s.item} data-action-id={action.id}>
      <Text weight="semibold">
        Action {number}: {pillars[action.pillar]}
        {action.pillar === 'victimSafety' ? ' (restricted)' : ''}
      </Text>
      <TextArea
        label={`Action ${number}`}
        rows={2}
        value={action.text}
        disabled={disabled}
        onChange={(text) => onChange(action.id, { text })}
      />
      <PersonChoice
        label={`Owner of action ${number}`}
        people={people}
        value={action.owner}
        disabled={disabled}
        onChange={(owner) => onChange(action.id, { owner })}
      />
      <TextInput
        label={`Due date of action ${number}`}
        type="date"
        value={action.dueDate ?? ''}
        disabled={disabled}
        onChange={(d) => onChange(action.id, { dueDate: d || undefined })}
      />
      <Choice
        label={`Status of action ${number}`}
        value={action.status}
        options={Object.entries(actionStatuses) as [ActionStatus, string][]}
        disabled={disabled}
        onChange={(v) => v && onChange(action.id, { status: v })}
      />
      {!disabled && (
        <Button size="small" onClick={() => onRemove(action.id)}>
          Remove action {number}
        </Button>
      )}
    </div>
  );
});

export const ActionList = memo(function ActionList({
  actions,
  people,
  edit,
  disabled,
  pillar,
}: {
  actions: MinutesAction[];
  people: Person[];
  edit: Edit;
  disabled?: boolean;
  pillar?: Pillar;
}) {
  const s = useStyles();
  const onChange = useCallback(
    (id: string, patch: Partial<MinutesAction>) =>
      edit((m) => ({ ...m, actions: m.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) })),
    [edit],
  );
  const onRemove = useCallback(
    (id: string) => edit((m) => ({ ...m, actions: m.actions.filter((a) => a.id !== id) })),
    [edit],
  );
  return (
    <div className={s.stack}>
      {actions.map((a, i) =>
        pillar && a.pillar !== pillar ? null : (
          <ActionRow
            key={a.id}
            action={a}
            number={i + 1}
            people={people}
            onChange={onChange}
            onRemove={onRemove}
            disabled={disabled}
          />
        ),
      )}
    </div>
  );
});

const Plan = memo(function Plan({
  value,
  actions,
  edit,
  disabled,
  people,
}: Props<'plan'> & { actions: MinutesAction[]; people: Person[] }) {
  const s = useStyles();
  const setPillar = (p: (typeof planPillars)[number], patch: Partial<Minutes['plan']['supervision']>) =>
    edit((m) => ({ ...m, plan: { ...m.plan, [p]: { ...m.plan[p], ...patch } } }));
  return (
    <div className={s.stack}>
      {planPillars.map((p) => {
        const count = actions.filter((a) => a.pillar === p).length;
        return (
          <section key={p} className={s.item} aria-label={pillarLabel(p)}>
            <Text weight="semibold">
              {pillarLabel(p)}: {count} {count === 1 ? 'action' : 'actions'}
            </Text>
            <TextArea
              label={`${pillarLabel(p)} plan`}
              restricted={p === 'victimSafety'}
              value={value[p].text}
              disabled={disabled}
              onChange={(text) => setPillar(p, { text })}
            />
            {count === 0 && (
              <TextInput
                label={`Reason no ${pillarLabel(p)} actions are needed`}
                restricted={p === 'victimSafety'}
                value={value[p].noneNeededReason}
                disabled={disabled}
                onChange={(noneNeededReason) => setPillar(p, { noneNeededReason })}
              />
            )}
            <ActionList actions={actions} pillar={p} people={people} edit={edit} disabled={disabled} />
            {!disabled && <AddActionForm pillar={p} people={people} edit={edit} />}
          </section>
        );
      })}
      <section className={s.item} aria-label="Contingency">
        <TextArea
          label="Contingency: what each agency does if the plan breaks down, and the signs of escalating risk"
          value={value.contingency.text}
          disabled={disabled}
          onChange={(text) => edit((m) => ({ ...m, plan: { ...m.plan, contingency: { text } } }))}
        />
        {!disabled && <AddActionForm pillar="contingency" people={people} edit={edit} />}
      </section>
    </div>
  );
});

const Decisions = memo(function Decisions({ value, edit, disabled }: Props<'decisions'>) {
  const s = useStyles();
  const { ids } = useServices();
  const set = (patch: Partial<Minutes['decisions']>) =>
    edit((m) => ({ ...m, decisions: { ...m.decisions, ...patch } }));
  const problems = decisionProblems(value.level, value.category);
  const setView = (id: string, patch: Partial<Minutes['decisions']['agencyViews'][number]>) =>
    edit((m) => ({
      ...m,
      decisions: {
        ...m.decisions,
        agencyViews: m.decisions.agencyViews.map((v) => (v.id === id ? { ...v, ...patch } : v)),
      },
    }));
  return (
    <div className={s.stack}>
      <Text>Each agency gives its view on level and category; the chair decides.</Text>
      {value.agencyViews.map((v) => (
        <div key={v.id} className={s.item}>
          <Choice
            label="Agency"
            value={v.agency}
            options={agencyOptions}
            disabled={disabled}
            onChange={(a) => a && setView(v.id, { agency: a })}
          />
          <Choice
            label={`${agencyLabel(v.agency)}: level`}
            value={v.level ? String(v.level) : ''}
            options={levelOptions}
            disabled={disabled}
            onChange={(l) => setView(v.id, { level: l ? (Number(l) as Level) : undefined })}
          />
          <Choice
            label={`${agencyLabel(v.agency)}: category`}
            value={v.category ? String(v.category) : ''}
            options={categoryOptions}
            disabled={disabled}
            onChange={(c) => setView(v.id, { category: c ? (Number(c) as Category) : undefined })}
          />
          <TextArea
            label={`${agencyLabel(v.agency)}: view`}
            rows={2}
            value={v.view}
            disabled={disabled}
            onChange={(view) => setView(v.id, { view })}
          />
        </div>
      ))}
      {!disabled && (
        <Button
          onClick={() =>
            edit((m) => ({
              ...m,
              decisions: {
                ...m.decisions,
                agencyViews: [...m.decisions.agencyViews, { id: ids.newId('view'), agency: 'police', view: '' }],
              },
            }))
          }
        >
          Add an agency’s view
        </Button>
      )}
      <Choice
        label="Level decided"
        value={value.level ? String(value.level) : ''}
        options={levelOptions}
        disabled={disabled}
        error={problems[0]}
        onChange={(l) => set({ level: l ? (Number(l) as Level) : undefined })}
      />
      <TextArea
        label="Rationale for the level"
        required
        value={value.levelRationale}
        disabled={disabled}
        onChange={(levelRationale) => set({ levelRationale })}
      />
      <Choice
        label="Category decided (one only)"
        value={value.category ? String(value.category) : ''}
        options={categoryOptions}
        disabled={disabled}
        onChange={(c) => set({ category: c ? (Number(c) as Category) : undefined })}
      />
      <TextArea
        label="Rationale for the category"
        required
        value={value.categoryRationale}
        disabled={disabled}
        onChange={(categoryRationale) => set({ categoryRationale })}
      />
      <Checkbox
        label="The case exits MAPPA"
        checked={value.exitMappa}
        disabled={disabled}
        onChange={(_, d) => set({ exitMappa: Boolean(d.checked) })}
      />
    </div>
  );
});

const OffenderInvolvement = memo(function OffenderInvolvement({ value, edit, disabled }: Props<'offenderInvolvement'>) {
  const s = useStyles();
  const set = (patch: Partial<Minutes['offenderInvolvement']>) =>
    edit((m) => ({ ...m, offenderInvolvement: { ...m.offenderInvolvement, ...patch } }));
  return (
    <div className={s.stack}>
      <Field label="Has the offender been told they are managed under MAPPA?">
        <RadioGroup
          value={value.informed ?? ''}
          disabled={disabled}
          onChange={(_, d) => set({ informed: d.value as 'yes' | 'no' })}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </RadioGroup>
      </Field>
      {value.informed === 'no' && (
        <TextArea
          label="Why not"
          required
          value={value.reasonNotInformed}
          disabled={disabled}
          onChange={(reasonNotInformed) => set({ reasonNotInformed })}
        />
      )}
      <TextArea
        label="Written representations received through the offender manager"
        value={value.representations}
        disabled={disabled}
        onChange={(representations) => set({ representations })}
      />
    </div>
  );
});

const NextReview = memo(function NextReview({ value, edit, disabled }: Props<'nextReview'>) {
  const s = useStyles();
  const set = (patch: Partial<Minutes['nextReview']>) =>
    edit((m) => ({ ...m, nextReview: { ...m.nextReview, ...patch } }));
  const changed = Boolean(value.date && value.proposedDate && value.date !== value.proposedDate);
  return (
    <div className={s.stack}>
      <Text>
        {value.proposedDate
          ? `The area’s cadence proposes ${value.proposedDate}.`
          : 'No review date is proposed at this level.'}
      </Text>
      {value.proposedDate && !disabled && value.date !== value.proposedDate && (
        <Button onClick={() => set({ date: value.proposedDate, changeReason: '' })}>Use {value.proposedDate}</Button>
      )}
      <TextInput
        label="Next review date"
        type="date"
        value={value.date ?? ''}
        disabled={disabled}
        onChange={(d) => set({ date: d || undefined })}
      />
      {changed && (
        <TextArea
          label="Reason for changing the proposed date"
          required
          error={value.changeReason.trim() ? undefined : 'Give a reason for changing the proposed date.'}
          value={value.changeReason}
          disabled={disabled}
          onChange={(changeReason) => set({ changeReason })}
        />
      )}
      <TextArea
        label="Reconvene early if"
        value={value.reconveneCriteria}
        disabled={disabled}
        onChange={(reconveneCriteria) => set({ reconveneCriteria })}
      />
    </div>
  );
});

const Distribution = memo(function Distribution({
  value,
  edit,
  disabled,
  victimIssues,
}: Props<'distribution'> & { victimIssues: Minutes['victimIssues'] }) {
  const s = useStyles();
  const { ids, settings } = useServices();
  const [draft, setDraft] = useState({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim() || !emailDomain(email)) return setError('Enter a name and a valid e-mail address.');
    const refused = planDistribution([{ name: draft.name, email }], settings, victimFlagsOf({ victimIssues }))
      .refused[0];
    if (refused) return setError(refused.message);
    setError(undefined);
    edit((m) => ({
      ...m,
      distribution: {
        ...m.distribution,
        recipients: [...m.distribution.recipients, { id: ids.newId('rcp'), name: draft.name.trim(), email }],
      },
    }));
    setDraft({ name: '', email: '' });
  };
  return (
    <div className={s.stack}>
      {value.recipients.map((r) => (
        <div key={r.id} className={s.row}>
          <Text>
            {r.name}, {r.email}
          </Text>
          {!disabled && (
            <Button
              size="small"
              onClick={() =>
                edit((m) => ({
                  ...m,
                  distribution: {
                    ...m.distribution,
                    recipients: m.distribution.recipients.filter((x) => x.id !== r.id),
                  },
                }))
              }
            >
              Remove {r.name}
            </Button>
          )}
        </div>
      ))}
      {!disabled && (
        <>
          <TextInput
            label="Recipient’s name"
            value={draft.name}
            onChange={(name) => setDraft((d) => ({ ...d, name }))}
          />
          <TextInput
            label="Recipient’s secure e-mail"
            type="email"
            value={draft.email}
            onChange={(email) => setDraft((d) => ({ ...d, email }))}
          />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>Add recipient</Button>
        </>
      )}
    </div>
  );
});

/** One section of the minutes as a form; shared by the side panel's steps and the full editor. */
export function SectionForm({
  section,
  doc,
  edit,
  session,
  disabled,
}: {
  section: SectionId;
  doc: Minutes;
  edit: Edit;
  session?: MinutesSession;
  disabled?: boolean;
}): ReactNode {
  const { settings, clock } = useServices();
  const people = usePeople(doc);
  const now = useCallback(() => clock.now().toISOString(), [clock]);
  switch (section) {
    case 'meetingDetails':
      return (
        <MeetingDetails
          value={doc.meetingDetails}
          edit={edit}
          disabled={disabled}
          people={people}
          timeZone={settings.timeZone}
        />
      );
    case 'statements':
      return <Statements value={doc.statements} edit={edit} disabled={disabled} now={now} />;
    case 'attendance':
      return <AttendanceSection value={doc.attendance} edit={edit} disabled={disabled} meetingId={doc.id} />;
    case 'nominal':
      return <NominalSection value={doc.nominal} edit={edit} disabled={disabled} />;
    case 'purpose':
      return <Purpose value={doc.purpose} edit={edit} disabled={disabled} />;
    case 'previousActions':
      return <ReviewActions value={doc.previousActions} edit={edit} disabled={disabled} session={session} />;
    case 'agencyInformation':
      return <AgencyInformation value={doc.agencyInformation} edit={edit} disabled={disabled} />;
    case 'riskAssessment':
      return <RiskAssessment value={doc.riskAssessment} edit={edit} disabled={disabled} />;
    case 'safeguarding':
      return <Safeguarding value={doc.safeguarding} edit={edit} disabled={disabled} />;
    case 'victimIssues':
      return <VictimIssues value={doc.victimIssues} edit={edit} disabled={disabled} />;
    case 'equality':
      return <Equality value={doc.equality} edit={edit} disabled={disabled} />;
    case 'disclosure':
      return (
        <Disclosure
          value={doc.disclosure}
          edit={edit}
          disabled={disabled}
          session={session}
          caseId={doc.caseId}
          caseReference={doc.caseReference}
          nominal={doc.nominal}
          meetingDetails={doc.meetingDetails}
          attendance={doc.attendance}
        />
      );
    case 'plan':
      return <Plan value={doc.plan} actions={doc.actions} edit={edit} disabled={disabled} people={people} />;
    case 'actions':
      return (
        <>
          <ActionList actions={doc.actions} people={people} edit={edit} disabled={disabled} />
          {!disabled && <AddActionForm people={people} edit={edit} />}
        </>
      );
    case 'decisions':
      return <Decisions value={doc.decisions} edit={edit} disabled={disabled} />;
    case 'offenderInvolvement':
      return <OffenderInvolvement value={doc.offenderInvolvement} edit={edit} disabled={disabled} />;
    case 'media':
      return <Media value={doc.media} edit={edit} disabled={disabled} />;
    case 'nextReview':
      return <NextReview value={doc.nextReview} edit={edit} disabled={disabled} />;
    case 'executiveSummary':
      return <ExecutiveSummaryForm value={doc.executiveSummary} edit={edit} disabled={disabled} />;
    case 'distribution':
      return <Distribution value={doc.distribution} edit={edit} disabled={disabled} victimIssues={doc.victimIssues} />;
    case 'signOff':
      return session ? <FinalisePanel doc={doc} session={session} /> : null;
  }
}

export { sectionLabel };
export default SectionForm;
