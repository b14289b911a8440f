import {
  Button,
  Checkbox,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { useServices } from '../../app/ServicesProvider';
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
import { ActionList } from './ActionList';
import { AddActionForm } from './AddActionForm';
import {
  Choice,
  NumberChoice,
  PersonChoice,
  TextArea,
  TextFields,
  TextInput,
  useDraft,
  useListEdits,
  usePatch,
  type Edit,
  type ListLens,
  type TextSpec,
} from './fields';
import { FinalisePanel } from './FinalisePanel';
import { ReviewActions } from './ReviewActions';

export type { Edit } from './fields';
export { ActionList } from './ActionList';
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
  // Agency entries off screen are skipped for style, layout and paint.
  entry: { contentVisibility: 'auto', containIntrinsicSize: 'auto 640px' },
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
const attendanceOptions = [
  ['present', 'Present'],
  ['apologies', 'Apologies'],
  ['writtenUpdate', 'Written update received'],
] as const;

/** Where each list of the minutes lives, for `useListEdits`. */
const lists = {
  attendance: { get: (m) => m.attendance, put: (m, attendance) => ({ ...m, attendance }) } as ListLens<
    Minutes['attendance'][number]
  >,
  agencyInformation: {
    get: (m) => m.agencyInformation,
    put: (m, agencyInformation) => ({ ...m, agencyInformation }),
  } as ListLens<AgencyEntry>,
  flaggedVictims: {
    get: (m) => m.victimIssues.flaggedVictims,
    put: (m, flaggedVictims) => ({ ...m, victimIssues: { ...m.victimIssues, flaggedVictims } }),
  } as ListLens<Minutes['victimIssues']['flaggedVictims'][number]>,
  agencyViews: {
    get: (m) => m.decisions.agencyViews,
    put: (m, agencyViews) => ({ ...m, decisions: { ...m.decisions, agencyViews } }),
  } as ListLens<Minutes['decisions']['agencyViews'][number]>,
  recipients: {
    get: (m) => m.distribution.recipients,
    put: (m, recipients) => ({ ...m, distribution: { ...m.distribution, recipients } }),
  } as ListLens<Minutes['distribution']['recipients'][number]>,
};

/** People who can own an action or chair: those in the attendance list. */
export function usePeople(doc: Minutes): Person[] {
  const { attendance, meetingDetails } = doc;
  return useMemo(() => {
    const all = [...attendance.map((a) => a.person), ...(meetingDetails.chair ? [meetingDetails.chair] : [])];
    return all.filter((p, i) => all.findIndex((q) => q.id === p.id) === i);
  }, [attendance, meetingDetails.chair]);
}

/** A section that is only text fields, described as data. */
function textSection<K extends 'purpose' | 'safeguarding' | 'victimIssues' | 'equality' | 'media' | 'executiveSummary'>(
  key: K,
  specs: readonly TextSpec<Minutes[K]>[],
) {
  return memo(function TextSection({ value, edit, disabled }: Props<K>) {
    const s = useStyles();
    const set = usePatch(edit, key);
    return (
      <div className={s.stack}>
        <TextFields specs={specs} value={value} set={set} disabled={disabled} />
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

const MeetingDetails = memo(function MeetingDetails({
  value,
  edit,
  disabled,
  people,
  timeZone,
}: Props<'meetingDetails'> & { people: Person[]; timeZone: string }) {
  const s = useStyles();
  const set = usePatch(edit, 'meetingDetails');
  return (
    <div className={s.stack}>
      <Text>
        {{ initial: 'Initial', review: 'Review', urgent: 'Urgent' }[value.kind]} meeting, number {value.sequence}, on{' '}
        {localDate(value.start, timeZone)}. Level {value.level}, {categoryLabels[value.category]}.
      </Text>
      <TextFields
        specs={[{ name: 'venue', label: 'Venue or link', type: 'text' }]}
        value={value}
        set={set}
        disabled={disabled}
      />
      {(['chair', 'minuteTaker'] as const).map((role) => (
        <PersonChoice
          key={role}
          label={role === 'chair' ? 'Chair' : 'Minute-taker'}
          people={people}
          value={value[role]}
          disabled={disabled}
          onChange={(person) => set({ [role]: person })}
        />
      ))}
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

const statementRows = [
  {
    text: 'confidentiality',
    readAt: 'confidentialityReadAt',
    title: 'Confidentiality statement',
    check: 'Read aloud, or attention drawn to it',
  },
  { text: 'equality', readAt: 'equalityReadAt', title: 'Equality and diversity statement', check: 'Read aloud' },
] as const;

const Statements = memo(function Statements({
  value,
  edit,
  disabled,
  now,
}: Props<'statements'> & { now: () => string }) {
  const s = useStyles();
  return (
    <div className={s.stack}>
      {statementRows.map((r) => (
        <div key={r.text} className={s.stack}>
          <Text weight="semibold">{r.title}</Text>
          <p className={s.statement}>{value[r.text]}</p>
          <Checkbox
            label={r.check}
            checked={Boolean(value[r.readAt])}
            disabled={disabled}
            onChange={() =>
              edit((m) => ({
                ...m,
                statements: { ...m.statements, [r.readAt]: m.statements[r.readAt] ? undefined : now() },
              }))
            }
          />
        </div>
      ))}
    </div>
  );
});

const AttendanceSection = memo(function AttendanceSection({
  value,
  edit,
  disabled,
  meetingId,
}: Props<'attendance'> & { meetingId: string }) {
  const s = useStyles();
  const { ids, me, clock, settings } = useServices();
  const attendance = useListEdits(edit, lists.attendance);
  const { draft, bind, reset } = useDraft({ name: '', email: '', agency: '' as Agency | '', role: '' });
  const [error, setError] = useState<string>();
  const present = useMemo(() => value.filter((a) => a.attendance === 'present').map((a) => a.person), [value]);
  const when = useDateTime(settings.timeZone);
  // Who acknowledged, and when, is recorded in the attendance (a signed version keeps its own).
  const onLoaded = useCallback(
    (acks: Acknowledgement[]) => {
      if (acks.some((k) => value.some((a) => a.person.id === k.person.id && a.acknowledgedAt !== k.at))) {
        edit((m) => stampAcknowledgements(m, acks));
      }
    },
    [value, edit],
  );
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
    attendance.add({ id: ids.newId('att'), person: parsed.data, attendance: 'present' });
    reset();
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
            onChange={(v) => v && attendance.update(a.id, { attendance: v })}
          />
          {a.attendance === 'present' && !a.acknowledgedAt && (
            <TextInput
              label={`Why ${a.person.name} has not acknowledged`}
              hint="For example: joined by telephone. Needed before finalising."
              value={a.acknowledgementWaiver?.reason ?? ''}
              disabled={disabled}
              onChange={(reason) =>
                attendance.update(a.id, {
                  acknowledgementWaiver: reason
                    ? { reason, recordedBy: { id: me.id, name: me.name }, at: clock.now().toISOString() }
                    : undefined,
                })
              }
            />
          )}
        </div>
      ))}
      {!disabled && (
        <div className={s.item}>
          <Text weight="semibold">Add someone</Text>
          <TextInput label="Name" {...bind('name')} />
          <TextInput label="Secure e-mail" type="email" {...bind('email')} />
          <Choice label="Agency" options={agencyOptions} emptyLabel="Choose an agency" {...bind('agency')} />
          <TextInput label="Role" {...bind('role')} />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>Add to attendance</Button>
        </div>
      )}
    </div>
  );
});

/** Instants shown to people, in the area's time zone. */
function useDateTime(timeZone: string): Intl.DateTimeFormat {
  return useMemo(
    () => new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
    [timeZone],
  );
}

type Nominal = Minutes['nominal'];
const nominalNames: readonly TextSpec<Nominal>[] = [
  { name: 'name', label: 'Name', type: 'text' },
  { name: 'dateOfBirth', label: 'Date of birth', type: 'date', optional: true },
];
const nominalIdentifiers: readonly TextSpec<Nominal['identifiers']>[] = [
  { name: 'pnc', label: 'PNC number', type: 'text' },
  { name: 'visor', label: 'ViSOR reference', type: 'text' },
  { name: 'agencyRef', label: 'Agency reference', type: 'text' },
];
const nominalAddress: readonly TextSpec<Nominal>[] = [{ name: 'address', label: 'Address', restricted: true }];

/** Aliases are typed as one comma-separated line; a trailing empty alias keeps the comma being typed. */
const splitAliases = (v: string): string[] =>
  v
    .split(',')
    .map((x) => x.trimStart())
    .filter((x, i, all) => x || i === all.length - 1);

const NominalSection = memo(function NominalSection({ value, edit, disabled }: Props<'nominal'>) {
  const s = useStyles();
  const set = usePatch(edit, 'nominal');
  const setId = useCallback(
    (patch: Partial<Nominal['identifiers']>) =>
      edit((m) => ({ ...m, nominal: { ...m.nominal, identifiers: { ...m.nominal.identifiers, ...patch } } })),
    [edit],
  );
  return (
    <div className={s.stack}>
      <TextFields specs={nominalNames} value={value} set={set} disabled={disabled} />
      <TextInput
        label="Aliases, separated by commas"
        restricted
        value={value.aliases.join(', ')}
        disabled={disabled}
        onChange={(v) => set({ aliases: splitAliases(v) })}
      />
      <TextFields specs={nominalIdentifiers} value={value.identifiers} set={setId} disabled={disabled} />
      <TextFields specs={nominalAddress} value={value} set={set} disabled={disabled} />
    </div>
  );
});

/** A named person with an e-mail address, and the button that takes them off the list. */
function PersonLine({
  name,
  email,
  remove,
  onRemove,
}: {
  name: string;
  email: string;
  remove?: string;
  onRemove: () => void;
}) {
  return (
    <>
      <Text>
        {name}
        {email ? `, ${email}` : ''}
      </Text>{' '}
      {remove && (
        <Button size="small" onClick={onRemove}>
          {remove}
        </Button>
      )}
    </>
  );
}

const VictimIssues = memo(function VictimIssues({ value, edit, disabled }: Props<'victimIssues'>) {
  const s = useStyles();
  const { ids } = useServices();
  const flagged = useListEdits(edit, lists.flaggedVictims);
  const { draft, bind, reset } = useDraft({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim()) return setError('Enter the name of the person flagged as a victim.');
    if (email && !emailDomain(email)) return setError('Enter a valid e-mail address, or leave it empty.');
    setError(undefined);
    flagged.add({ id: ids.newId('vic'), name: draft.name.trim(), email });
    reset();
  };
  return (
    <div className={s.stack}>
      <VictimIssuesText value={value} edit={edit} disabled={disabled} />
      <Text weight="semibold">People flagged as victims (restricted): never sent minutes</Text>
      {value.flaggedVictims.length === 0 && <Text size={200}>Nobody is flagged.</Text>}
      <ul aria-label="People flagged as victims">
        {value.flaggedVictims.map((v) => (
          <li key={v.id}>
            <PersonLine
              {...v}
              remove={disabled ? undefined : `Remove the flag on ${v.name}`}
              onRemove={() => flagged.remove(v.id)}
            />
          </li>
        ))}
      </ul>
      {!disabled && (
        <div className={s.item}>
          <TextInput label="Name of a person flagged as a victim" restricted {...bind('name')} />
          <TextInput label="Their e-mail, if known" restricted type="email" {...bind('email')} />
          {error && <Text role="alert">{error}</Text>}
          <Button onClick={add}>Flag as a victim</Button>
        </div>
      )}
    </div>
  );
});

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
  const set = (patch: Partial<AgencyEntry>) => setItem(entry.id, patch);
  return (
    <section className={mergeClasses(s.item, s.entry)} aria-label={name}>
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
        onChange={(agency) => agency && set({ agency })}
      />
      <TextInput
        label={`Entry ${number} given by`}
        value={entry.from}
        disabled={disabled}
        onChange={(from) => set({ from })}
      />
      <TextArea
        label={`Information from ${agencyLabel(entry.agency)}${written ? ' (written update)' : ''}, entry ${number}`}
        restricted
        value={entry.text}
        disabled={disabled}
        onChange={(text) => set({ text })}
      />
      <MinimumNecessaryCheck
        title={`Minimum necessary: entry ${number}`}
        agency={entry.agency}
        text={entry.text}
        value={entry.minimumNecessary}
        disabled={disabled}
        onChange={(minimumNecessary) => set({ minimumNecessary })}
      />
    </section>
  );
});

const AgencyInformation = memo(function AgencyInformation({ value, edit, disabled }: Props<'agencyInformation'>) {
  const s = useStyles();
  const { ids } = useServices();
  const entries = useListEdits(edit, lists.agencyInformation);
  return (
    <div className={s.stack}>
      <Text size={200}>
        Share only what is needed to assess or manage the risk. Each entry records its minimum-necessary check.
      </Text>
      {value.map((i, n) => (
        <AgencyEntryForm key={i.id} entry={i} number={n + 1} setItem={entries.update} disabled={disabled} />
      ))}
      {!disabled && (
        <Button
          onClick={() => entries.add({ id: ids.newId('inf'), agency: 'police', from: '', source: 'verbal', text: '' })}
        >
          Add an agency’s information
        </Button>
      )}
    </div>
  );
});

const riskTexts: readonly TextSpec<Minutes['riskAssessment']>[] = [
  { name: 'whoIsAtRisk', label: 'Who is at risk', restricted: true },
  { name: 'nature', label: 'Nature of the risk' },
  { name: 'whenGreatest', label: 'When the risk is greatest', restricted: true },
  { name: 'increases', label: 'What increases the risk' },
  { name: 'protectiveFactors', label: 'Protective factors' },
  { name: 'dissent', label: 'Differing views' },
];

const RiskAssessment = memo(function RiskAssessment({ value, edit, disabled }: Props<'riskAssessment'>) {
  const s = useStyles();
  const set = usePatch(edit, 'riskAssessment');
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
              label={`${roshGroups[g]}, ${where}`}
              value={value[where][g] ?? ''}
              options={roshOptions}
              disabled={disabled}
              onChange={(v) => setRosh(where, g, v)}
            />
          ))}
        </fieldset>
      ))}
      <TextFields specs={riskTexts} value={value} set={set} disabled={disabled} />
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
  const when = useDateTime(settings.timeZone);
  const set = usePatch(edit, 'disclosure');
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
    await session?.autosave.flush();
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
      <TextFields
        specs={[{ name: 'notes', label: 'Notes', restricted: true }]}
        value={value}
        set={set}
        disabled={disabled}
      />
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
  const setPillar = (p: keyof Minutes['plan'], patch: Partial<Minutes['plan']['supervision']>) =>
    edit((m) => ({ ...m, plan: { ...m.plan, [p]: { ...m.plan[p], ...patch } } }));
  return (
    <div className={s.stack}>
      {planPillars.map((p) => {
        const count = actions.filter((a) => a.pillar === p).length;
        const restricted = p === 'victimSafety';
        return (
          <section key={p} className={s.item} aria-label={pillarLabel(p)}>
            <Text weight="semibold">
              {pillarLabel(p)}: {count} {count === 1 ? 'action' : 'actions'}
            </Text>
            <TextArea
              label={`${pillarLabel(p)} plan`}
              restricted={restricted}
              value={value[p].text}
              disabled={disabled}
              onChange={(text) => setPillar(p, { text })}
            />
            {count === 0 && (
              <TextInput
                label={`Reason no ${pillarLabel(p)} actions are needed`}
                restricted={restricted}
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
          onChange={(text) => setPillar('contingency', { text })}
        />
        {!disabled && <AddActionForm pillar="contingency" people={people} edit={edit} />}
      </section>
    </div>
  );
});

const rationales = {
  level: [{ name: 'levelRationale', label: 'Rationale for the level', required: true }],
  category: [{ name: 'categoryRationale', label: 'Rationale for the category', required: true }],
} satisfies Record<string, readonly TextSpec<Minutes['decisions']>[]>;

const Decisions = memo(function Decisions({ value, edit, disabled }: Props<'decisions'>) {
  const s = useStyles();
  const { ids } = useServices();
  const set = usePatch(edit, 'decisions');
  const views = useListEdits(edit, lists.agencyViews);
  const problems = decisionProblems(value.level, value.category);
  return (
    <div className={s.stack}>
      <Text>Each agency gives its view on level and category; the chair decides.</Text>
      {value.agencyViews.map((v) => {
        const agency = agencyLabel(v.agency);
        return (
          <div key={v.id} className={s.item}>
            <Choice
              label="Agency"
              value={v.agency}
              options={agencyOptions}
              disabled={disabled}
              onChange={(a) => a && views.update(v.id, { agency: a })}
            />
            <NumberChoice<Level>
              label={`${agency}: level`}
              value={v.level}
              options={levelOptions}
              disabled={disabled}
              onChange={(level) => views.update(v.id, { level })}
            />
            <NumberChoice<Category>
              label={`${agency}: category`}
              value={v.category}
              options={categoryOptions}
              disabled={disabled}
              onChange={(category) => views.update(v.id, { category })}
            />
            <TextArea
              label={`${agency}: view`}
              rows={2}
              value={v.view}
              disabled={disabled}
              onChange={(view) => views.update(v.id, { view })}
            />
          </div>
        );
      })}
      {!disabled && (
        <Button onClick={() => views.add({ id: ids.newId('view'), agency: 'police', view: '' })}>
          Add an agency’s view
        </Button>
      )}
      <NumberChoice<Level>
        label="Level decided"
        value={value.level}
        options={levelOptions}
        disabled={disabled}
        error={problems[0]}
        onChange={(level) => set({ level })}
      />
      <TextFields specs={rationales.level} value={value} set={set} disabled={disabled} />
      <NumberChoice<Category>
        label="Category decided (one only)"
        value={value.category}
        options={categoryOptions}
        disabled={disabled}
        onChange={(category) => set({ category })}
      />
      <TextFields specs={rationales.category} value={value} set={set} disabled={disabled} />
      <Checkbox
        label="The case exits MAPPA"
        checked={value.exitMappa}
        disabled={disabled}
        onChange={(_, d) => set({ exitMappa: Boolean(d.checked) })}
      />
    </div>
  );
});

const notInformed: readonly TextSpec<Minutes['offenderInvolvement']>[] = [
  { name: 'reasonNotInformed', label: 'Why not', required: true },
];
const representations: readonly TextSpec<Minutes['offenderInvolvement']>[] = [
  { name: 'representations', label: 'Written representations received through the offender manager' },
];

const OffenderInvolvement = memo(function OffenderInvolvement({ value, edit, disabled }: Props<'offenderInvolvement'>) {
  const s = useStyles();
  const set = usePatch(edit, 'offenderInvolvement');
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
      {value.informed === 'no' && <TextFields specs={notInformed} value={value} set={set} disabled={disabled} />}
      <TextFields specs={representations} value={value} set={set} disabled={disabled} />
    </div>
  );
});

const NextReview = memo(function NextReview({ value, edit, disabled }: Props<'nextReview'>) {
  const s = useStyles();
  const set = usePatch(edit, 'nextReview');
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
      <TextFields
        specs={[{ name: 'date', label: 'Next review date', type: 'date', optional: true }]}
        value={value}
        set={set}
        disabled={disabled}
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
      <TextFields
        specs={[{ name: 'reconveneCriteria', label: 'Reconvene early if' }]}
        value={value}
        set={set}
        disabled={disabled}
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
  const recipients = useListEdits(edit, lists.recipients);
  const { draft, bind, reset } = useDraft({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    if (!draft.name.trim() || !emailDomain(email)) return setError('Enter a name and a valid e-mail address.');
    const refused = planDistribution([{ name: draft.name, email }], settings, victimFlagsOf({ victimIssues }))
      .refused[0];
    if (refused) return setError(refused.message);
    setError(undefined);
    recipients.add({ id: ids.newId('rcp'), name: draft.name.trim(), email });
    reset();
  };
  return (
    <div className={s.stack}>
      {value.recipients.map((r) => (
        <div key={r.id} className={s.row}>
          <PersonLine
            {...r}
            remove={disabled ? undefined : `Remove ${r.name}`}
            onRemove={() => recipients.remove(r.id)}
          />
        </div>
      ))}
      {!disabled && (
        <>
          <TextInput label="Recipient’s name" {...bind('name')} />
          <TextInput label="Recipient’s secure e-mail" type="email" {...bind('email')} />
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
  const common = { edit, disabled };
  switch (section) {
    case 'meetingDetails':
      return <MeetingDetails value={doc.meetingDetails} {...common} people={people} timeZone={settings.timeZone} />;
    case 'statements':
      return <Statements value={doc.statements} {...common} now={now} />;
    case 'attendance':
      return <AttendanceSection value={doc.attendance} {...common} meetingId={doc.id} />;
    case 'nominal':
      return <NominalSection value={doc.nominal} {...common} />;
    case 'purpose':
      return <Purpose value={doc.purpose} {...common} />;
    case 'previousActions':
      return <ReviewActions value={doc.previousActions} {...common} session={session} />;
    case 'agencyInformation':
      return <AgencyInformation value={doc.agencyInformation} {...common} />;
    case 'riskAssessment':
      return <RiskAssessment value={doc.riskAssessment} {...common} />;
    case 'safeguarding':
      return <Safeguarding value={doc.safeguarding} {...common} />;
    case 'victimIssues':
      return <VictimIssues value={doc.victimIssues} {...common} />;
    case 'equality':
      return <Equality value={doc.equality} {...common} />;
    case 'disclosure':
      return (
        <Disclosure
          value={doc.disclosure}
          {...common}
          session={session}
          caseId={doc.caseId}
          caseReference={doc.caseReference}
          nominal={doc.nominal}
          meetingDetails={doc.meetingDetails}
          attendance={doc.attendance}
        />
      );
    case 'plan':
      return <Plan value={doc.plan} actions={doc.actions} {...common} people={people} />;
    case 'actions':
      return (
        <>
          <ActionList actions={doc.actions} people={people} {...common} />
          {!disabled && <AddActionForm people={people} edit={edit} />}
        </>
      );
    case 'decisions':
      return <Decisions value={doc.decisions} {...common} />;
    case 'offenderInvolvement':
      return <OffenderInvolvement value={doc.offenderInvolvement} {...common} />;
    case 'media':
      return <Media value={doc.media} {...common} />;
    case 'nextReview':
      return <NextReview value={doc.nextReview} {...common} />;
    case 'executiveSummary':
      return <ExecutiveSummaryForm value={doc.executiveSummary} {...common} />;
    case 'distribution':
      return <Distribution value={doc.distribution} {...common} victimIssues={doc.victimIssues} />;
    case 'signOff':
      return session ? <FinalisePanel doc={doc} session={session} /> : null;
  }
}

export { sectionLabel };
export default SectionForm;
