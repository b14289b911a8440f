import type { Action, ActionStatus, Pillar } from '../actions/action.schema';
import type { WrittenUpdate } from '../actions/writtenUpdate.schema';
import type { AreaSettings } from '../area/areaSettings';
import type { Case, Category, Level } from '../cases/case.schema';
import type { Acknowledgement } from '../confidentiality/acknowledgement.schema';
import { finaliseGate, type AcknowledgementWaiver } from '../confidentiality/acknowledgements';
import type { DistributionRecipient, VictimFlags } from '../confidentiality/distribution';
import { checkMinimumNecessary, emptyMinimumNecessaryAnswers } from '../confidentiality/minimumNecessary';
import { validateDisclosure, type DisclosureContext } from '../disclosure/validateDisclosure';
import type { Meeting, PanelSeries } from '../panels/series.schema';
import type { Person } from '../people/agency';
import type { IdPort } from '../ports';
import { err, ok, type Result } from '../shared/result';
import { IsoDateSchema } from '../shared/schemas';
import {
  contentOf,
  MinutesSchema,
  type Minutes,
  type MinutesAction,
  type MinutesContent,
  type ReviewOutcome,
} from './minutes.schema';
import type { SectionId } from './sections';
import { addDays, localDate } from '../shared/dates';

export { addDays, localDate };

export const planPillars = ['supervision', 'monitoringControl', 'interventionsTreatment', 'victimSafety'] as const;
export type PlanPillar = (typeof planPillars)[number];

/** The next review from the area's cadence: Level 2 every 10 weeks, Level 3 every 6 weeks by default. */
export function proposeNextReview(meetingStart: string, level: Level, settings: AreaSettings): string | undefined {
  if (level === 1) return undefined;
  const weeks = level === 3 ? settings.cadenceWeeks.level3 : settings.cadenceWeeks.level2;
  return addDays(localDate(meetingStart, settings.timeZone), weeks * 7);
}

export type PrepareInput = {
  meeting: Meeting;
  caseDoc: Case;
  series?: PanelSeries;
  /** The minutes of the previous meeting of the series, when there is one. */
  previous?: Minutes;
  /** The case's actions; those awaiting the panel's review are carried over (see `awaitsReview`). */
  actions: readonly Action[];
  writtenUpdates?: readonly WrittenUpdate[];
  settings: AreaSettings;
  now: Date;
  ids: IdPort;
};

const openStatuses: readonly ActionStatus[] = ['open', 'inProgress'];

/** The id `applyReviewOutcomes` gives the update a panel's review adds to an action. */
const isPanelReview = (updateId: string, actionId: string) => updateId.endsWith(`:${actionId}`);

/**
 * An action comes back to the panel while it is open, and also when its owner has closed it since
 * the last review (done, or not done with a reason): the chair confirms the outcome rather than
 * learning of it by chance. Once a panel review has recorded the current status, it rests.
 */
export function awaitsReview(a: Action): boolean {
  if (openStatuses.includes(a.status)) return true;
  const lastStatusChange = [...a.updates].reverse().find((u) => u.status !== undefined);
  return !lastStatusChange || !isPanelReview(lastStatusChange.id, a.id);
}

/**
 * A new draft for a meeting. A review opens with the nominal's details, the current plan and every
 * action awaiting review carried over from earlier meetings, so nobody retypes them.
 */
export function prepareMeeting(input: PrepareInput): Minutes {
  const { meeting, caseDoc, series, previous, settings, ids } = input;
  const level = series?.level ?? caseDoc.level;
  const carried = input.actions
    .filter((a) => a.caseId === caseDoc.id && a.meetingId !== meeting.id && awaitsReview(a))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  const members = series ? [series.chair, ...series.members] : [];
  const seen = new Set<string>();
  const attendance = members
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .map((person) => ({ id: ids.newId('att'), person, attendance: 'present' as const }));
  const n = caseDoc.nominal;
  const nominal = previous
    ? { ...structuredClone(previous.nominal), childSexOffender: n.childSexOffender }
    : {
        name: n.name,
        dateOfBirth: n.dateOfBirth,
        aliases: [...n.aliases],
        identifiers: { ...n.identifiers },
        address: n.address ?? '',
        leadAgency: caseDoc.leadAgency,
        offenderManager: caseDoc.offenderManager,
        childSexOffender: n.childSexOffender,
      };
  const draft = {
    id: meeting.id,
    caseId: caseDoc.id,
    caseReference: caseDoc.reference,
    seriesId: meeting.seriesId,
    status: 'draft',
    versions: [],
    updatedAt: input.now.toISOString(),
    formName: settings.formName,
    areaName: settings.areaName,
    meetingDetails: {
      kind: meeting.kind,
      sequence: meeting.sequence,
      start: meeting.start,
      venue: meeting.joinUrl ? 'Microsoft Teams' : '',
      level,
      category: caseDoc.category,
      chair: series?.chair,
      coordinator: series?.coordinator,
      leadAgency: caseDoc.leadAgency,
    },
    statements: { confidentiality: settings.statements.confidentiality, equality: settings.statements.equality },
    attendance,
    nominal,
    previousActions: carried.map((a) => ({
      id: ids.newId('rev'),
      actionId: a.id,
      text: a.text,
      pillar: a.pillar,
      owner: a.owner,
      dueDate: a.dueDate,
      statusBefore: a.status,
      note: '',
    })),
    agencyInformation: (input.writtenUpdates ?? [])
      .filter((w) => w.meetingId === meeting.id)
      .map((w) => ({
        id: ids.newId('inf'),
        agency: w.author.agency,
        from: w.author.name,
        source: 'written' as const,
        writtenUpdateId: w.id,
        text: w.text,
      })),
    plan: previous ? structuredClone(previous.plan) : {},
    riskAssessment: previous ? { ...structuredClone(previous.riskAssessment), dissent: '' } : {},
    nextReview: { proposedDate: proposeNextReview(meeting.start, level, settings) },
  };
  return MinutesSchema.parse(draft);
}

/** Domain rules on level and category: one category only (the type holds one); Category 3 only at Level 2 or 3. */
export function decisionProblems(level: Level | undefined, category: Category | undefined): string[] {
  const out: string[] = [];
  if (category === 3 && level === 1) out.push('Category 3 cases can only be managed at Level 2 or Level 3.');
  return out;
}

export type DecisionInput = {
  level: Level;
  levelRationale: string;
  category: Category;
  categoryRationale: string;
};

export function recordDecision(m: Minutes, d: DecisionInput): Result<Minutes, string[]> {
  const problems = decisionProblems(d.level, d.category);
  if (!d.levelRationale.trim()) problems.push('Give the rationale for the level.');
  if (!d.categoryRationale.trim()) problems.push('Give the rationale for the category.');
  if (problems.length) return err(problems);
  return ok({ ...m, decisions: { ...m.decisions, ...d } });
}

/** Sets the next review date; a date other than the proposed one needs a reason. */
export function setNextReview(m: Minutes, date: string, reason: string): Result<Minutes, string> {
  if (!IsoDateSchema.safeParse(date).success) return err('Enter the next review date as yyyy-mm-dd.');
  if (date !== m.nextReview.proposedDate && !reason.trim()) {
    return err('Give a reason for changing the next review date from the one the area’s cadence proposes.');
  }
  return ok({
    ...m,
    nextReview: { ...m.nextReview, date, changeReason: date === m.nextReview.proposedDate ? '' : reason.trim() },
  });
}

export const outcomeNeedsNote = (o: ReviewOutcome | undefined): boolean =>
  o === 'notDoneCircumstances' || o === 'notDoneAgency';

export function recordReviewOutcome(
  m: Minutes,
  reviewId: string,
  outcome: ReviewOutcome,
  note: string,
): Result<Minutes, string> {
  if (!m.previousActions.some((p) => p.id === reviewId)) return err('That action is not in this review.');
  if (outcomeNeedsNote(outcome) && !note.trim()) return err('Add a note saying why the action was not done.');
  return ok({
    ...m,
    previousActions: m.previousActions.map((p) => (p.id === reviewId ? { ...p, outcome, note: note.trim() } : p)),
  });
}

export type NewActionInput = { pillar: Pillar; text: string; owner?: Person; dueDate?: string };

/** The one short form: text, owner (person and agency), due date. */
export function addAction(m: Minutes, input: NewActionInput, id: string): Result<Minutes, string[]> {
  const problems: string[] = [];
  if (!input.text.trim()) problems.push('Describe the action.');
  if (!input.owner) problems.push('Choose who owns the action.');
  if (!input.dueDate || !IsoDateSchema.safeParse(input.dueDate).success) {
    problems.push('Enter a due date as yyyy-mm-dd.');
  }
  if (problems.length) return err(problems);
  const action: MinutesAction = {
    id,
    pillar: input.pillar,
    text: input.text.trim(),
    owner: input.owner,
    dueDate: input.dueDate,
    carriedOver: false,
    status: 'open',
  };
  return ok({ ...m, actions: [...m.actions, action] });
}

export type Missing = { section: SectionId; message: string };

/** Exactly what finalising still needs, in meeting order. An empty list means the minutes can be signed. */
/** Who is recorded as present at the meeting. */
export const presentAttendees = (m: Pick<MinutesContent, 'attendance'>): Person[] =>
  m.attendance.filter((a) => a.attendance === 'present').map((a) => a.person);

/**
 * What a disclosure decision is judged against: the nominal's age on the meeting day, the
 * child-sex-offender flag from the case, and who is present (agency and role) from the attendance.
 */
export function disclosureContextOf(
  m: Pick<MinutesContent, 'nominal' | 'meetingDetails' | 'attendance'>,
  timeZone: string,
): DisclosureContext {
  const meetingDate = localDate(m.meetingDetails.start, timeZone);
  return {
    // With no date of birth recorded the nominal is treated as a child, the stricter rule.
    nominal: { dateOfBirth: m.nominal.dateOfBirth ?? meetingDate, childSexOffender: m.nominal.childSexOffender },
    meetingDate,
    attendeesPresent: presentAttendees(m),
  };
}

/**
 * Copies each attendee's acknowledgement (who, when) into the attendance. Returns the same object
 * when nothing changes, so callers can skip a save.
 */
export function stampAcknowledgements(m: Minutes, acks: readonly Pick<Acknowledgement, 'person' | 'at'>[]): Minutes {
  if (m.status === 'final') return m;
  const at = new Map(acks.map((a) => [a.person.id, a.at]));
  let changed = false;
  const attendance = m.attendance.map((a) => {
    const when = at.get(a.person.id);
    if (!when || a.acknowledgedAt === when) return a;
    changed = true;
    return { ...a, acknowledgedAt: when };
  });
  return changed ? { ...m, attendance } : m;
}

/** The acknowledgement gate on finalising, from the attendance as recorded in the minutes. */
export function acknowledgementGate(m: Pick<MinutesContent, 'attendance'>): ReturnType<typeof finaliseGate> {
  const present = m.attendance.filter((a) => a.attendance === 'present');
  const acks = present.filter((a) => a.acknowledgedAt).map((a) => ({ person: a.person }));
  const waivers: AcknowledgementWaiver[] = present.flatMap((a) =>
    a.acknowledgementWaiver ? [{ ...a.acknowledgementWaiver, personId: a.person.id }] : [],
  );
  return finaliseGate(
    present.map((a) => a.person),
    acks,
    waivers,
  );
}

export function checkCompleteness(m: MinutesContent, timeZone = 'Europe/London'): Missing[] {
  const out: Missing[] = [];
  const miss = (section: SectionId, message: string) => out.push({ section, message });
  if (!m.meetingDetails.chair) miss('meetingDetails', 'The chair is not recorded.');
  if (!m.meetingDetails.minuteTaker) miss('meetingDetails', 'The minute-taker is not recorded.');
  if (!m.statements.confidentialityReadAt) miss('statements', 'The confidentiality statement is not recorded as read.');
  if (!m.statements.equalityReadAt) miss('statements', 'The equality and diversity statement is not recorded as read.');
  if (!m.attendance.some((a) => a.attendance === 'present')) miss('attendance', 'Nobody is recorded as present.');
  const gate = acknowledgementGate(m);
  if (!gate.ok) miss('attendance', gate.message);
  if (!m.nominal.name.trim()) miss('nominal', 'The nominal’s name is missing.');
  if (!m.purpose.reason.trim()) miss('purpose', 'The purpose of the meeting is not recorded.');
  for (const p of m.previousActions) {
    if (!p.outcome) miss('previousActions', `No outcome for the previous action “${p.text}”.`);
    else if (outcomeNeedsNote(p.outcome) && !p.note.trim()) {
      miss('previousActions', `The previous action “${p.text}” was not done but has no note.`);
    }
  }
  const rosh = m.riskAssessment.community;
  if (!Object.values(rosh).some(Boolean)) miss('riskAssessment', 'No RoSH level is recorded for the community.');
  if (!m.riskAssessment.whoIsAtRisk.trim()) miss('riskAssessment', 'Who is at risk is not recorded.');
  m.agencyInformation.forEach((entry, i) => {
    const check = checkMinimumNecessary(
      entry.agency,
      entry.text,
      entry.minimumNecessary ?? emptyMinimumNecessaryAnswers(),
    );
    const who = `${entry.from.trim() || `entry ${i + 1}`} (${entry.source === 'written' ? 'written update' : 'verbal'})`;
    if (!check.complete) {
      miss('agencyInformation', `The information from ${who} has not passed the minimum-necessary check.`);
    }
  });
  if (!m.riskAssessment.nature.trim()) miss('riskAssessment', 'The nature of the risk is not recorded.');
  if (!m.disclosure.considered) miss('disclosure', 'Disclosure has not been considered.');
  else if (m.disclosure.decisions.length === 0) {
    miss(
      'disclosure',
      'No disclosure decision is recorded: record “not needed” with its reasons, or a decision to disclose.',
    );
  }
  const context = disclosureContextOf(m, timeZone);
  m.disclosure.decisions.forEach((d, i) => {
    const v = validateDisclosure(d, context);
    if (!v.ok) miss('disclosure', `Disclosure decision ${i + 1} is incomplete: ${v.missing[0]?.message ?? ''}`);
    else if (d.outcome === 'disclose' && !d.reportedToCoordinatorAt) {
      miss('disclosure', `Disclosure decision ${i + 1} has not been reported to the MAPPA coordinator.`);
    }
  });
  for (const pillar of planPillars) {
    const hasAction =
      m.actions.some((a) => a.pillar === pillar) ||
      m.previousActions.some((p) => p.pillar === pillar && p.outcome === 'inProgress');
    if (!hasAction && !m.plan[pillar].noneNeededReason.trim()) {
      miss('plan', `${pillarLabel(pillar)} has neither actions nor a reason why none are needed.`);
    }
  }
  if (!m.plan.contingency.text.trim()) miss('plan', 'There is no contingency plan.');
  m.actions.forEach((a, i) => {
    const name = a.text.trim() ? `“${a.text.trim()}”` : `number ${i + 1}`;
    if (!a.text.trim()) miss('actions', `Action ${name} has no description.`);
    if (!a.owner) miss('actions', `Action ${name} has no owner.`);
    if (!a.dueDate) miss('actions', `Action ${name} has no due date.`);
  });
  const d = m.decisions;
  if (!d.level) miss('decisions', 'No decision on the level of management.');
  else if (!d.levelRationale.trim()) miss('decisions', 'The level decision has no rationale.');
  if (!d.category) miss('decisions', 'No decision on the category.');
  else if (!d.categoryRationale.trim()) miss('decisions', 'The category decision has no rationale.');
  for (const p of decisionProblems(d.level, d.category)) miss('decisions', p);
  if (!m.offenderInvolvement.informed) {
    miss('offenderInvolvement', 'Whether the offender was told of MAPPA management is not recorded.');
  } else if (m.offenderInvolvement.informed === 'no' && !m.offenderInvolvement.reasonNotInformed.trim()) {
    miss('offenderInvolvement', 'The reason the offender was not told is not recorded.');
  }
  if (!d.exitMappa) {
    if (!m.nextReview.date) miss('nextReview', 'The next review date is not set.');
    else if (m.nextReview.date !== m.nextReview.proposedDate && !m.nextReview.changeReason.trim()) {
      miss('nextReview', 'The next review date differs from the cadence but has no reason.');
    }
  }
  if (!m.executiveSummary.text.trim()) miss('executiveSummary', 'The executive summary is empty.');
  return out;
}

const pillarNames: Record<PlanPillar, string> = {
  supervision: 'Supervision',
  monitoringControl: 'Monitoring & Control',
  interventionsTreatment: 'Interventions & Treatment',
  victimSafety: 'Victim Safety Planning',
};
export const pillarLabel = (p: PlanPillar): string => pillarNames[p];

/** Signs the minutes as version 1. Refused while anything is missing. */
export function finalise(m: Minutes, signer: Person, now: Date, timeZone?: string): Result<Minutes, Missing[]> {
  if (m.status === 'final') {
    return err([{ section: 'signOff', message: 'These minutes are already final; record a correction instead.' }]);
  }
  const missing = checkCompleteness(m, timeZone);
  if (missing.length) return err(missing);
  const at = now.toISOString();
  const signed: Minutes = { ...m, status: 'final', signOff: { signed: { person: signer, at } }, updatedAt: at };
  return ok({ ...signed, versions: [{ number: 1, signedBy: signer, at, content: contentOf(signed) }] });
}

/**
 * A correction to final minutes: a new signed version with its reason. Earlier versions are kept
 * exactly as they were signed.
 */
export function correct(
  m: Minutes,
  corrected: MinutesContent,
  reason: string,
  signer: Person,
  now: Date,
  timeZone?: string,
): Result<Minutes, Missing[]> {
  if (m.status !== 'final') return err([{ section: 'signOff', message: 'Only final minutes can be corrected.' }]);
  if (!reason.trim()) return err([{ section: 'signOff', message: 'Give the reason for the correction.' }]);
  const missing = checkCompleteness(corrected, timeZone);
  if (missing.length) return err(missing);
  const at = now.toISOString();
  const content: MinutesContent = { ...structuredClone(corrected), signOff: { signed: { person: signer, at } } };
  const next: Minutes = {
    ...m,
    ...content,
    updatedAt: at,
    versions: [
      ...m.versions,
      { number: m.versions.length + 1, signedBy: signer, at, correctionReason: reason.trim(), content },
    ],
  };
  return ok(next);
}

const outcomeStatus: Record<ReviewOutcome, ActionStatus> = {
  done: 'done',
  inProgress: 'inProgress',
  notDoneCircumstances: 'notDoneCircumstances',
  notDoneAgency: 'notDoneAgency',
};

/**
 * The review outcomes as updates on the Action documents. Each update's id is derived from the
 * meeting and action, so applying the same minutes twice adds nothing.
 */
export function applyReviewOutcomes(m: Minutes, actions: readonly Action[], by: Person, now: Date): Action[] {
  const changed: Action[] = [];
  const date = localDate(m.meetingDetails.start, 'UTC');
  for (const review of m.previousActions) {
    if (!review.outcome) continue;
    const action = actions.find((a) => a.id === review.actionId);
    if (!action) continue;
    const updateId = `${m.id}:${action.id}`;
    if (action.updates.some((u) => u.id === updateId)) continue;
    const status = outcomeStatus[review.outcome];
    const label = reviewOutcomeText(review.outcome);
    changed.push({
      ...action,
      status,
      updates: [
        ...action.updates,
        {
          id: updateId,
          at: now.toISOString(),
          by: { id: by.id, name: by.name, agency: by.agency },
          text: `Reviewed at the panel on ${date}: ${label}${review.note ? `. ${review.note}` : ''}`.slice(0, 2000),
          status,
        },
      ],
    });
  }
  return changed;
}

const reviewOutcomeText = (o: ReviewOutcome): string =>
  ({
    done: 'done',
    inProgress: 'in progress',
    notDoneCircumstances: 'not done, circumstances changed',
    notDoneAgency: 'not done, the owning agency did not act',
  })[o];

/** The actions agreed at this meeting as Action documents (only those with an owner and a due date). */
export function actionsFromMinutes(m: Minutes, now: Date): Action[] {
  return m.actions
    .filter((a) => !a.carriedOver && a.owner && a.dueDate && a.text.trim())
    .map((a) => ({
      id: a.id,
      caseId: m.caseId,
      caseReference: m.caseReference,
      seriesId: m.seriesId,
      meetingId: m.id,
      text: a.text,
      pillar: a.pillar,
      owner: a.owner as Person,
      dueDate: a.dueDate as string,
      status: a.status,
      updates: [],
      createdAt: now.toISOString(),
    }));
}

/** Who is flagged as a victim in these minutes: never sent minutes, whatever their address. */
export function victimFlagsOf(m: Pick<MinutesContent, 'victimIssues'>): VictimFlags {
  const flagged = m.victimIssues.flaggedVictims;
  return { personIds: flagged.map((v) => v.id), emails: flagged.map((v) => v.email).filter((e) => e.trim() !== '') };
}

/** Everyone on the attendance list and the distribution list, once each, proposed as recipients. */
export function proposedRecipients(m: Pick<MinutesContent, 'attendance' | 'distribution'>): DistributionRecipient[] {
  const all = [
    ...m.attendance.map((a) => ({ id: a.person.id, name: a.person.name, email: a.person.email })),
    ...m.distribution.recipients,
  ];
  return all.filter((r, i) => all.findIndex((x) => x.email.toLowerCase() === r.email.toLowerCase()) === i);
}
