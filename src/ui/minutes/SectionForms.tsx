import { Button, Checkbox, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';

import type { MinutesSession } from '../../app/minutes/minutesSession';
import { useServices } from '../../app/ServicesProvider';
import { actionStatuses, pillars, type ActionStatus, type Pillar } from '../../core/actions/action.schema';
import { categoryLabels, type Category, type Level } from '../../core/cases/case.schema';
import { acknowledgementKind } from '../../core/confidentiality/acknowledgement.schema';
import { DisclosureDecisionSchema } from '../../core/disclosure/disclosureDecision.schema';
import {
  roshGroups,
  roshLabels,
  type Minutes,
  type MinutesAction,
  type RoshGroup,
  type RoshLevel,
} from '../../core/minutes/minutes.schema';
import { decisionProblems, localDate, pillarLabel, planPillars } from '../../core/minutes/rules';
import { sectionLabel, type SectionId } from '../../core/minutes/sections';
import { agencies, agencyLabel, PersonSchema, type Agency, type Person } from '../../core/people/agency';
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
  const { storage, ids } = useServices();
  const [acknowledged, setAcknowledged] = useState<Set<string>>(new Set());
  const [draft, setDraft] = useState({ name: '', email: '', agency: '' as Agency | '', role: '' });
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void storage
      .collection(acknowledgementKind)
      .list({ meetingId })
      .then((rows) => live && setAcknowledged(new Set(rows.map((r) => r.doc.person.id))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [storage, meetingId]);
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
      {value.length === 0 && <Text>Nobody is listed yet.</Text>}
      {value.map((a) => (
        <div key={a.id} className={s.item}>
          <Text weight="semibold">{a.person.name}</Text>
          <Text size={200}>
            {agencyLabel(a.person.agency)}
            {a.person.role ? `, ${a.person.role}` : ''}
            {acknowledged.has(a.person.id) ? '. Confidentiality statement acknowledged.' : '. Not yet acknowledged.'}
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
const VictimIssues = textSection('victimIssues', [
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

const AgencyInformation = memo(function AgencyInformation({ value, edit, disabled }: Props<'agencyInformation'>) {
  const s = useStyles();
  const { ids } = useServices();
  const setItem = (id: string, patch: Partial<Minutes['agencyInformation'][number]>) =>
    edit((m) => ({ ...m, agencyInformation: m.agencyInformation.map((x) => (x.id === id ? { ...x, ...patch } : x)) }));
  return (
    <div className={s.stack}>
      {value.map((i) => (
        <div key={i.id} className={s.item}>
          <Choice
            label="Agency"
            value={i.agency}
            options={agencyOptions}
            disabled={disabled}
            onChange={(a) => a && setItem(i.id, { agency: a })}
          />
          <TextInput label="Given by" value={i.from} disabled={disabled} onChange={(from) => setItem(i.id, { from })} />
          {i.source === 'written' && <Text size={200}>From a written update</Text>}
          <TextArea
            label={`Information from ${agencyLabel(i.agency)}`}
            restricted
            value={i.text}
            disabled={disabled}
            onChange={(text) => setItem(i.id, { text })}
          />
        </div>
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

const Disclosure = memo(function Disclosure({ value, edit, disabled }: Props<'disclosure'>) {
  const s = useStyles();
  const { ids } = useServices();
  const set = (patch: Partial<Minutes['disclosure']>) =>
    edit((m) => ({ ...m, disclosure: { ...m.disclosure, ...patch } }));
  const setDecision = (id: string, patch: { outcome?: 'disclose' | 'notNeeded'; reasons?: string }) =>
    edit((m) => ({
      ...m,
      disclosure: {
        ...m.disclosure,
        decisions: m.disclosure.decisions.map((d) => (d.id === id ? { ...d, ...patch } : d)),
      },
    }));
  return (
    <div className={s.stack}>
      <Checkbox
        label="Disclosure has been considered"
        checked={value.considered}
        disabled={disabled}
        onChange={(_, d) => set({ considered: Boolean(d.checked) })}
      />
      {value.decisions.map((d) => (
        <div key={d.id} className={s.item}>
          <Choice
            label="Decision"
            value={d.outcome}
            options={[
              ['disclose', 'Disclose'],
              ['notNeeded', 'Considered: not needed'],
            ]}
            disabled={disabled}
            onChange={(outcome) => outcome && setDecision(d.id, { outcome })}
          />
          <TextArea
            label="Reasons"
            restricted
            value={d.reasons}
            disabled={disabled}
            onChange={(reasons) => setDecision(d.id, { reasons })}
          />
        </div>
      ))}
      {!disabled && (
        <Button
          onClick={() =>
            edit((m) => ({
              ...m,
              disclosure: {
                ...m.disclosure,
                considered: true,
                decisions: [...m.disclosure.decisions, { ...blankDecision(), id: ids.newId('dis') }],
              },
            }))
          }
        >
          Record a disclosure decision
        </Button>
      )}
      <TextArea label="Notes" restricted value={value.notes} disabled={disabled} onChange={(notes) => set({ notes })} />
    </div>
  );
});

// The disclosure decision kind belongs to the disclosure feature; parse a minimal one so its defaults apply.
const blankDecision = () => DisclosureDecisionSchema.parse({ id: 'new', outcome: 'notNeeded', reasons: '' });

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

const Distribution = memo(function Distribution({ value, edit, disabled }: Props<'distribution'>) {
  const s = useStyles();
  const { ids, settings } = useServices();
  const [draft, setDraft] = useState({ name: '', email: '' });
  const [error, setError] = useState<string>();
  const add = () => {
    const email = draft.email.trim().toLowerCase();
    const domain = email.split('@')[1] ?? '';
    if (!draft.name.trim() || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      return setError('Enter a name and a valid e-mail address.');
    }
    if (
      settings.approvedSecureDomains.length &&
      !settings.approvedSecureDomains.some((d) => domain === d || domain.endsWith(`.${d}`))
    ) {
      return setError('Minutes go only to secure e-mail addresses on the area’s approved domains.');
    }
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
      return <Disclosure value={doc.disclosure} edit={edit} disabled={disabled} />;
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
      return <Distribution value={doc.distribution} edit={edit} disabled={disabled} />;
    case 'signOff':
      return session ? <FinalisePanel doc={doc} session={session} /> : null;
  }
}

export { sectionLabel };
export default SectionForm;
