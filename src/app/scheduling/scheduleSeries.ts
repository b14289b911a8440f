import type { Case } from '../../core/cases/case.schema';
import { seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import type { ClockPort, StoragePort, Stored } from '../../core/ports';
import type { ProjectedMeeting } from '../../core/scheduling/cadence';
import type { IsoDate } from '../../core/scheduling/dates';
import type {
  CalendarLink,
  LockOutcome,
  MeetingPlan,
  SchedulingPort,
  SchedulingStep,
} from '../../core/scheduling/schedulingPort';

export type SchedulingDeps = { storage: StoragePort; scheduling: SchedulingPort; clock: ClockPort };

export type ScheduleOutcome = {
  series: Stored<PanelSeries>;
  /** Steps still to do; empty when the series is fully set up. A later run picks them up. */
  remaining: SchedulingStep[];
  lock?: LockOutcome;
  /** Why a step did not finish, in words for the coordinator (no case content). */
  problems: string[];
};

/** The id of a series: the same case, level and first date always give the same id, so a retry never makes a second. */
export const seriesIdFor = (caseId: string, level: number, firstDate: IsoDate) =>
  `ser_${caseId}_l${level}_${firstDate}`;

export function planFor(series: PanelSeries, lastDate?: IsoDate): MeetingPlan {
  return {
    key: series.id,
    caseId: series.caseId,
    subject: `MAPPA Level ${series.level} panel – ${series.caseReference}`,
    firstDate: series.firstMeetingDate,
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    timeZone: series.timeZone,
    attendees: [series.chair, ...series.members].filter((p, i, all) => all.findIndex((q) => q.email === p.email) === i),
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

const describe = (e: unknown) => (e instanceof Error ? e.message : 'An unexpected problem');

/**
 * Schedules a series: records it, creates the recurring online meeting, then in parallel locks the
 * meeting down, moves the bank-holiday occurrences and adds the app with its tab, and records the
 * outcome. Every step is safe to repeat, so calling this again on a series left in `scheduling`
 * finishes the job; a case never gets a second series because the series id (and the event's
 * transactionId) come from the case, level and first date.
 */
export async function scheduleSeries(
  deps: SchedulingDeps,
  series: PanelSeries,
  meetings: readonly ProjectedMeeting[],
  caseSeries: readonly Stored<PanelSeries>[],
): Promise<ScheduleOutcome> {
  const other = caseSeries.find((s) => s.doc.id !== series.id && s.doc.status !== 'ended');
  if (other) throw new Error('This case already has a panel series. Change its level or end it first.');
  const col = deps.storage.collection(seriesKind);
  const plan = planFor(series);
  let stored = caseSeries.find((s) => s.doc.id === series.id);
  let link = stored ? linkOf(stored.doc) : undefined;
  const problems: string[] = [];

  if (!stored) {
    // The record and the event go together (one round trip); the event's transactionId is the series id.
    const [rec, ev] = await Promise.allSettled([
      col.create({ ...series, status: 'scheduling', calendar: { transactionId: series.id, steps: [] } }),
      deps.scheduling.createSeries(plan),
    ]);
    if (rec.status === 'rejected') throw rec.reason;
    stored = rec.value;
    if (ev.status === 'rejected') {
      return { series: stored, remaining: ['event', 'locked', 'moved', 'app'], problems: [describe(ev.reason)] };
    }
    link = ev.value;
  } else if (stored.doc.status === 'ended') {
    throw new Error('This series has ended; start a new one.');
  }
  if (!link) {
    try {
      link = await deps.scheduling.createSeries(plan);
    } catch (e) {
      return { series: stored, remaining: ['event', 'locked', 'moved', 'app'], problems: [describe(e)] };
    }
  }
  const done = new Set<SchedulingStep>([...(stored.doc.calendar?.steps ?? []), 'event'] as SchedulingStep[]);
  const moves = meetings.filter((m) => m.date !== m.planned);
  const l = link;
  const [lock, moved, app] = await Promise.allSettled([
    done.has('locked') ? Promise.resolve(undefined) : deps.scheduling.lockMeetingOptions(l),
    done.has('moved') ? Promise.resolve() : Promise.all(moves.map((m) => deps.scheduling.moveOccurrence(l, plan, m))),
    done.has('app')
      ? Promise.resolve('added' as const)
      : deps.scheduling.addAppToMeetingChat(l, {
          caseId: series.caseId,
          seriesId: series.id,
          displayName: 'MAPPA panel',
        }),
  ]);
  if (lock.status === 'fulfilled') done.add('locked');
  else problems.push(`Meeting options not locked yet: ${describe(lock.reason)}`);
  if (moved.status === 'fulfilled') done.add('moved');
  else problems.push(`Bank holiday meetings not moved yet: ${describe(moved.reason)}`);
  if (app.status === 'fulfilled' && app.value === 'added') done.add('app');
  else {
    problems.push(
      app.status === 'fulfilled'
        ? 'Teams is still preparing the meeting chat; the app will be added on the next try.'
        : `App not added to the meeting yet: ${describe(app.reason)}`,
    );
  }

  const steps = (['event', 'locked', 'moved', 'app'] as const).filter((s) => done.has(s));
  const remaining = (['event', 'locked', 'moved', 'app'] as const).filter((s) => !done.has(s));
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

/** Ends a series after its last held meeting, keeping it and its history. */
export async function endSeries(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries>,
  lastDate: IsoDate,
  reason: string,
): Promise<Stored<PanelSeries>> {
  const link = linkOf(stored.doc);
  if (link) await deps.scheduling.endSeries(link, planFor(stored.doc), lastDate);
  return deps.storage
    .collection(seriesKind)
    .update({ ...stored.doc, status: 'ended', endedOn: lastDate, endReason: reason }, stored.version);
}

/** A level change: the old series ends and a new one starts at the new level's cadence. */
export async function changeLevel(
  deps: SchedulingDeps,
  stored: Stored<PanelSeries>,
  lastHeld: IsoDate,
  next: PanelSeries,
  meetings: readonly ProjectedMeeting[],
): Promise<ScheduleOutcome> {
  const ended =
    stored.doc.status === 'ended'
      ? stored
      : await endSeries(deps, stored, lastHeld, `Level changed to Level ${next.level}`);
  return scheduleSeries(deps, next, meetings, [ended]);
}

/** An urgent panel: one meeting with the same lock-down and the app in its chat. */
export async function scheduleUrgent(
  deps: SchedulingDeps,
  theCase: Case,
  plan: MeetingPlan,
): Promise<{ link: CalendarLink; lock?: LockOutcome; problems: string[] }> {
  const link = await deps.scheduling.createUrgentMeeting(plan);
  const [lock, app] = await Promise.allSettled([
    deps.scheduling.lockMeetingOptions(link),
    deps.scheduling.addAppToMeetingChat(link, { caseId: theCase.id, seriesId: plan.key, displayName: 'MAPPA panel' }),
  ]);
  const problems: string[] = [];
  if (lock.status === 'rejected') problems.push(`Meeting options not locked: ${describe(lock.reason)}`);
  if (app.status === 'rejected' || app.value !== 'added') {
    problems.push('The app is not yet in the meeting chat; add it from the meeting’s details.');
  }
  return { link, ...(lock.status === 'fulfilled' ? { lock: lock.value } : {}), problems };
}
