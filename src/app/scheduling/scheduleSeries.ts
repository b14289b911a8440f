import { caseKind, type Case } from '../../core/cases/case.schema';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../../core/panels/series.schema';
import type { ClockPort, StoragePort, Stored } from '../../core/ports';
import type { ProjectedMeeting } from '../../core/scheduling/cadence';
import type { IsoDate } from '../../core/shared/dates';
import { meetingsForSeries, meetingsToCancel, urgentMeeting } from '../../core/scheduling/meetings';
import {
  schedulingSteps,
  type CalendarLink,
  type LockOutcome,
  type MeetingPlan,
  type SchedulingPort,
  type SchedulingStep,
} from '../../core/scheduling/schedulingPort';
import { ConflictError, RefusedError, userMessage } from '../../core/shared/errors';
import { msg, type Message } from '../../i18n/message';
import { english, type Translator } from '../../i18n/translator';
import { requireAccess, requirePanelAccess, type GuardDeps } from '../access/caseAccess';
import { recordAudit } from '../audit/recordAudit';
import { inEachLanguage, mailLanguages } from '../mail/languages';
import { seriesAttendees } from './seriesInvitations';

/** The scheduling port may be the coordinator's (Graph mode) rather than the page's own. */
export type SchedulingDeps = GuardDeps & { storage: StoragePort; scheduling: SchedulingPort; clock: ClockPort };

export type ScheduleOutcome = {
  series: Stored<PanelSeries>;
  /** Steps still to do; empty when the series is fully set up. A later run picks them up. */
  remaining: SchedulingStep[];
  lock?: LockOutcome;
  /** Why a step did not finish, for the coordinator to read (no case content). */
  problems: Message[];
};

/** The id of a series: the same case, level and first date always give the same id, so a retry never makes a second. */
export const seriesIdFor = (caseId: string, level: number, firstDate: IsoDate) =>
  `ser_${caseId}_l${level}_${firstDate}`;

/**
 * The calendar's view of a series. Invitations go to people whose language the app does not know,
 * so the subject and text are in each of `languages` (Welsh then English, from `mailLanguages`).
 */
export function planFor(
  series: PanelSeries,
  lastDate?: IsoDate,
  languages: readonly Translator[] = [english()],
): MeetingPlan {
  return {
    key: series.id,
    caseId: series.caseId,
    subject: inEachLanguage(
      languages,
      msg('scheduling.invite.subject', { level: series.level, reference: series.caseReference }),
    ),
    body: inEachLanguage(languages, msg('scheduling.invite.body'), '\n\n'),
    firstDate: series.firstMeetingDate,
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    timeZone: series.timeZone,
    attendees: seriesAttendees(series),
    cadenceWeeks: series.cadenceWeeks,
    ...(lastDate ? { lastDate } : {}),
  };
}

const linkOf = (s: PanelSeries): CalendarLink | undefined =>
  s.calendar?.eventId
    ? {
        eventId: s.calendar.eventId,
        ...(s.calendar.joinUrl ? { joinUrl: s.calendar.joinUrl } : {}),
        ...(s.calendar.onlineMeetingId ? { onlineMeetingId: s.calendar.onlineMeetingId } : {}),
        ...(s.calendar.chatId ? { chatId: s.calendar.chatId } : {}),
      }
    : undefined;

const describe = (e: unknown) => userMessage(e, 'An unexpected problem');

/**
 * Creates each meeting, or finds the one an earlier run made under the same id. A meeting an earlier
 * run made before the online meeting's chat was known gains the chat and join link; one that has
 * moved on since (held, cancelled) is left as it is.
 */
export async function ensureMeetings(storage: StoragePort, meetings: readonly Meeting[]): Promise<Stored<Meeting>[]> {
  const col = storage.collection(meetingKind);
  return Promise.all(
    meetings.map(async (m) => {
      try {
        return await col.create(m);
      } catch (e) {
        const current =
          e instanceof ConflictError && e.reason === 'exists' ? (e.current as Stored<Meeting>) : undefined;
        if (!current) throw e;
        const gains = (m.chatId && !current.doc.chatId) || (m.joinUrl && !current.doc.joinUrl);
        if (!gains || current.doc.status !== 'scheduled') return current;
        return col.update(
          {
            ...current.doc,
            ...(m.chatId && !current.doc.chatId ? { chatId: m.chatId } : {}),
            ...(m.joinUrl && !current.doc.joinUrl ? { joinUrl: m.joinUrl } : {}),
          },
          current.version,
        );
      }
    }),
  );
}

/** Settles a promise into a value or an error, so a failed read can wait until it is needed. */
const settle = <T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/**
 * Schedules a series: records it, creates the recurring online meeting, then in parallel records
 * the upcoming meetings, locks the meeting down, moves the bank-holiday occurrences and adds the app
 * with its tab, and records the outcome. Every step is safe to repeat, so calling this again on a
 * series left in `scheduling` finishes the job; a case never gets a second series because the series
 * id (and the event's transactionId) come from the case, level and first date, and its meetings'
 * ids from the series id.
 */
export async function scheduleSeries(
  deps: SchedulingDeps,
  series: PanelSeries,
  meetings: readonly ProjectedMeeting[],
  caseSeries: readonly Stored<PanelSeries>[],
): Promise<ScheduleOutcome> {
  await requirePanelAccess(
    deps,
    series.caseId,
    caseSeries.map((s) => s.doc),
    'schedule',
  );
  return scheduleAsked(deps, series, meetings, caseSeries);
}

/** Scheduling once the policy has allowed it (a level change schedules the new series too). */
async function scheduleAsked(
  deps: SchedulingDeps,
  series: PanelSeries,
  meetings: readonly ProjectedMeeting[],
  caseSeries: readonly Stored<PanelSeries>[],
): Promise<ScheduleOutcome> {
  const other = caseSeries.find((s) => s.doc.id !== series.id && s.doc.status !== 'ended');
  if (other) {
    throw new RefusedError(
      msg('errors.scheduling.seriesExists'),
      'This case already has a panel series. Change its level or end it first.',
    );
  }
  const col = deps.storage.collection(seriesKind);
  const plan = planFor(series, undefined, await mailLanguages());
  let stored = caseSeries.find((s) => s.doc.id === series.id);
  let link = stored ? linkOf(stored.doc) : undefined;
  const problems: Message[] = [];
  const allSteps = [...schedulingSteps];

  if (stored?.doc.status === 'ended') {
    throw new RefusedError(msg('errors.scheduling.seriesEnded'), 'This series has ended; start a new one.');
  }
  const done = new Set<SchedulingStep>((stored?.doc.calendar?.steps ?? []) as SchedulingStep[]);
  // Read in the same round trip as the first writes: the case's meetings so far, to number the new ones.
  const caseMeetings = done.has('meetings')
    ? undefined
    : settle(deps.storage.collection(meetingKind).list({ caseId: series.caseId }));

  if (!stored) {
    // The record and the event go together (one round trip); the event's transactionId is the series id.
    const [rec, ev] = await Promise.allSettled([
      col.create({ ...series, status: 'scheduling', calendar: { transactionId: series.id, steps: [] } }),
      deps.scheduling.createSeries(plan),
    ]);
    if (rec.status === 'rejected') throw rec.reason;
    stored = rec.value;
    if (ev.status === 'rejected') {
      return {
        series: stored,
        remaining: allSteps,
        problems: [msg('scheduling.problem.eventNotMade', { reason: describe(ev.reason) })],
      };
    }
    link = ev.value;
  }
  if (!link) {
    try {
      link = await deps.scheduling.createSeries(plan);
    } catch (e) {
      return {
        series: stored,
        remaining: allSteps,
        problems: [msg('scheduling.problem.eventNotMade', { reason: describe(e) })],
      };
    }
  }
  done.add('event');
  const moves = meetings.filter((m) => m.date !== m.planned);
  const l = link;
  const recordMeetings = async () => {
    const read = await caseMeetings!;
    if (!read.ok) throw read.error;
    const docs = meetingsForSeries(
      stored.doc,
      meetings,
      read.value.map((s) => s.doc),
      l,
    );
    await ensureMeetings(deps.storage, docs);
  };
  const [recorded, lock, moved, app] = await Promise.allSettled([
    done.has('meetings') ? Promise.resolve() : recordMeetings(),
    done.has('locked') ? Promise.resolve(undefined) : deps.scheduling.lockMeetingOptions(l),
    done.has('moved') ? Promise.resolve() : Promise.all(moves.map((m) => deps.scheduling.moveOccurrence(l, plan, m))),
    done.has('app')
      ? Promise.resolve('added' as const)
      : deps.scheduling.addAppToMeetingChat(l, {
          caseId: series.caseId,
          seriesId: series.id,
          reference: series.caseReference,
        }),
  ]);
  // Meetings recorded before the chat was known are done again once it is, so they gain it.
  if (recorded.status === 'fulfilled' && (l.chatId || !l.joinUrl)) done.add('meetings');
  else if (recorded.status === 'rejected') {
    problems.push(msg('scheduling.problem.meetingsNotRecorded', { reason: describe(recorded.reason) }));
  }
  if (lock.status === 'fulfilled') done.add('locked');
  else problems.push(msg('scheduling.problem.notLockedYet', { reason: describe(lock.reason) }));
  if (moved.status === 'fulfilled') done.add('moved');
  else problems.push(msg('scheduling.problem.notMovedYet', { reason: describe(moved.reason) }));
  if (app.status === 'fulfilled' && app.value === 'added') done.add('app');
  else {
    problems.push(
      app.status === 'fulfilled'
        ? msg('scheduling.problem.chatPreparing')
        : msg('scheduling.problem.appNotAddedYet', { reason: describe(app.reason) }),
    );
  }

  const steps = allSteps.filter((s) => done.has(s));
  const remaining = allSteps.filter((s) => !done.has(s));
  const next: PanelSeries = {
    ...stored.doc,
    status: remaining.length === 0 ? 'active' : 'scheduling',
    calendar: { ...link, transactionId: series.id, steps },
  };
  const saved = await saveWithRetry(deps, stored, next);
  return {
    series: saved,
    remaining,
    ...(lock.status === 'fulfilled' && lock.value ? { lock: lock.value } : {}),
    problems,
  };
}

async function saveWithRetry(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries>,
  next: PanelSeries,
): Promise<Stored<PanelSeries>> {
  const col = deps.storage.collection(seriesKind);
  try {
    return await col.update(next, stored.version);
  } catch (e) {
    const current = await col.get(next.id);
    if (!current) throw e;
    return col.update({ ...current.doc, status: next.status, calendar: next.calendar }, current.version);
  }
}

/**
 * Ends a series after its last held meeting, keeping it and its history: the meetings still
 * scheduled after that date are cancelled (held ones stay), the recurrence gets its end date and
 * the series is marked ended. Safe to repeat.
 */
export async function endSeries(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries>,
  lastDate: IsoDate,
  reason: string,
): Promise<Stored<PanelSeries>> {
  await requireAccess(deps, stored.doc.caseId, 'exit');
  const ended = await endAsked(deps, stored, lastDate, reason);
  await recordAudit(deps, {
    verb: 'exit',
    subject: { kind: 'panelSeries', id: stored.doc.id },
    caseId: stored.doc.caseId,
    reason,
    detail: { what: 'panel series ended', lastDate },
  });
  return ended;
}

async function endAsked(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries>,
  lastDate: IsoDate,
  reason: string,
): Promise<Stored<PanelSeries>> {
  const link = linkOf(stored.doc);
  const meetingsCol = deps.storage.collection(meetingKind);
  const [ofSeries] = await Promise.all([
    meetingsCol.list({ seriesId: stored.doc.id }),
    link ? deps.scheduling.endSeries(link, planFor(stored.doc), lastDate) : Promise.resolve(),
  ]);
  const byId = new Map(ofSeries.map((s) => [s.doc.id, s] as const));
  await Promise.all(
    meetingsToCancel(
      ofSeries.map((s) => s.doc),
      lastDate,
      stored.doc.timeZone,
    ).map((m) => updateMeeting(deps.storage, byId.get(m.id)!, (cur) => ({ ...cur, status: 'cancelled' }))),
  );
  if (stored.doc.status === 'ended') return stored;
  return deps.storage
    .collection(seriesKind)
    .update({ ...stored.doc, status: 'ended', endedOn: lastDate, endReason: reason }, stored.version);
}

/** Applies a change to a meeting, once more against the current version if someone saved first. */
async function updateMeeting(
  storage: StoragePort,
  stored: Stored<Meeting>,
  change: (m: Meeting) => Meeting,
): Promise<Stored<Meeting>> {
  const col = storage.collection(meetingKind);
  try {
    return await col.update(change(stored.doc), stored.version);
  } catch (e) {
    if (!(e instanceof ConflictError) || e.reason !== 'stale' || !e.current) throw e;
    const current = e.current as Stored<Meeting>;
    return col.update(change(current.doc), current.version);
  }
}

/** A level change: the old series ends and a new one starts at the new level's cadence. */
export async function changeLevel(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries>,
  lastHeld: IsoDate,
  next: PanelSeries,
  meetings: readonly ProjectedMeeting[],
): Promise<ScheduleOutcome> {
  await requireAccess(deps, stored.doc.caseId, 'changeLevel');
  const ended =
    stored.doc.status === 'ended'
      ? stored
      : await endAsked(deps, stored, lastHeld, `Level changed to Level ${next.level}`);
  return scheduleAsked(deps, next, meetings, [ended]);
}

/** Exit from MAPPA: the series ends (history kept) and the case is marked exited. */
export async function exitMappa(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries> | undefined,
  caseId: string,
  lastDate: IsoDate,
  reason = 'Exited MAPPA',
): Promise<void> {
  await requireAccess(deps, caseId, 'exit');
  if (stored && stored.doc.status !== 'ended') await endAsked(deps, stored, lastDate, reason);
  const cases = deps.storage.collection(caseKind);
  const theCase = await cases.get(caseId);
  if (!theCase || theCase.doc.status === 'exited') return;
  await cases.update({ ...theCase.doc, status: 'exited' }, theCase.version);
  await recordAudit(deps, {
    verb: 'exit',
    subject: { kind: 'cases', id: caseId },
    caseId,
    reason,
    detail: { what: 'exited MAPPA', lastDate },
  });
}

/**
 * An urgent panel: one meeting with the same lock-down and the app in its chat, recorded as a
 * Meeting of kind `urgent` under the plan's key (so a retry finds it).
 */
export async function scheduleUrgent(
  deps: SchedulingDeps,
  theCase: Case,
  plan: MeetingPlan,
): Promise<{ link: CalendarLink; meeting?: Stored<Meeting>; lock?: LockOutcome; problems: Message[] }> {
  await requireAccess(deps, theCase.id, 'schedule');
  const [link, caseMeetings] = await Promise.all([
    deps.scheduling.createUrgentMeeting(plan),
    settle(deps.storage.collection(meetingKind).list({ caseId: theCase.id })),
  ]);
  const record = async () => {
    if (!caseMeetings.ok) throw caseMeetings.error;
    const m = urgentMeeting(
      {
        id: plan.key,
        caseId: theCase.id,
        caseReference: theCase.reference,
        date: plan.firstDate,
        startTime: plan.startTime,
        durationMinutes: plan.durationMinutes,
        timeZone: plan.timeZone,
      },
      caseMeetings.value.map((s) => s.doc),
      link,
    );
    const [stored] = await ensureMeetings(deps.storage, [m]);
    return stored;
  };
  const [meeting, lock, app] = await Promise.allSettled([
    record(),
    deps.scheduling.lockMeetingOptions(link),
    deps.scheduling.addAppToMeetingChat(link, { caseId: theCase.id, seriesId: plan.key, reference: theCase.reference }),
  ]);
  const problems: Message[] = [];
  if (meeting.status === 'rejected') {
    problems.push(msg('scheduling.problem.urgentNotRecorded', { reason: describe(meeting.reason) }));
  }
  if (lock.status === 'rejected') problems.push(msg('scheduling.problem.notLocked', { reason: describe(lock.reason) }));
  if (app.status === 'rejected' || app.value !== 'added') problems.push(msg('scheduling.problem.appNotInChat'));
  return {
    link,
    ...(meeting.status === 'fulfilled' && meeting.value ? { meeting: meeting.value } : {}),
    ...(lock.status === 'fulfilled' ? { lock: lock.value } : {}),
    problems,
  };
}
