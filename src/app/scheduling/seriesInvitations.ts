import { samePerson } from '../../core/access/policy';
import { seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import type { Person } from '../../core/people/agency';
import { problemMessage } from '../../core/shared/errors';
import { msg, type Message } from '../../i18n/message';
import { requireAccess, type GuardDeps } from '../access/caseAccess';
import type { Services } from '../services';

/** Whether the invitations already in calendars name a series' chair and members. */
export type InvitationsOutcome =
  | { state: 'updated' }
  /** No invitation is out yet: the series is not in a calendar, and scheduling invites whoever it names then. */
  | { state: 'nothingToUpdate' }
  /** The calendar did not take the change; the series and the case keep it, and a retry is safe. */
  | { state: 'notUpdated'; problem: Message };

/** Whom a series invites: its chair, then its members, each person once. */
export const seriesAttendees = (series: Pick<PanelSeries, 'chair' | 'members'>): Person[] =>
  [series.chair, ...series.members].filter((p, i, all) => all.findIndex((q) => samePerson(p, q)) === i);

/**
 * Brings the invitations already in calendars in line with a series' chair and members once they
 * change: the port changes the series master, so every meeting to come follows, and the calendar
 * tells only those added or removed. Never throws: whatever the calendar answers, the change to the
 * case stands, and the coordinator is told. Safe to repeat: the same people tell no one again.
 */
export async function updateSeriesInvitations(
  deps: Pick<Services, 'scheduling' | 'me' | 'storage'>,
  series: PanelSeries,
): Promise<InvitationsOutcome> {
  const eventId = series.calendar?.eventId;
  if (!eventId || series.status === 'ended') return { state: 'nothingToUpdate' };
  const outcome = await askCalendar(deps, series, eventId);
  await rememberOutdated(deps, series.id, outcome.state === 'notUpdated');
  return outcome;
}

async function askCalendar(
  deps: Pick<Services, 'scheduling' | 'me'>,
  series: PanelSeries,
  eventId: string,
): Promise<InvitationsOutcome> {
  try {
    await deps.scheduling.updateAttendees({ eventId }, seriesAttendees(series));
    return { state: 'updated' };
  } catch (e) {
    const reason = problemMessage(e);
    // The series is in the calendar of whoever scheduled it; another coordinator's calendar does not
    // hold it, so the coordinator is told whose it is.
    const organiser = series.coordinator && !samePerson(series.coordinator, deps.me) ? series.coordinator : undefined;
    return {
      state: 'notUpdated',
      problem: organiser
        ? msg('scheduling.problem.invitationsInOrganisersCalendar', { organiser: organiser.name, reason })
        : msg('scheduling.problem.invitationsNotUpdated', { reason }),
    };
  }
}

/**
 * Keeps on the series whether its invitations are out of date, so the case's panels offer the retry
 * after the dialog that made the change has closed. Best effort: should the store refuse, the
 * coordinator has just been told on screen, and the next change or retry writes it again.
 */
async function rememberOutdated(deps: Pick<Services, 'storage'>, seriesId: string, outdated: boolean): Promise<void> {
  const series = deps.storage.collection(seriesKind);
  try {
    const stored = await series.get(seriesId);
    const calendar = stored?.doc.calendar;
    if (!stored || !calendar || Boolean(calendar.attendeesOutdated) === outdated) return;
    const { attendeesOutdated: _was, ...rest } = calendar;
    await series.update(
      { ...stored.doc, calendar: outdated ? { ...rest, attendeesOutdated: true } : rest },
      stored.version,
    );
  } catch {
    // Told on screen already; see above.
  }
}

/**
 * The coordinator's retry after the calendar did not take a change of chair or members: the live
 * series' invitations are set again from what the series names now. A coordinator's step, as the
 * change itself is (the policy's `schedule`).
 */
export async function updateCaseInvitations(
  deps: GuardDeps & Pick<Services, 'storage' | 'scheduling'>,
  caseId: string,
): Promise<InvitationsOutcome> {
  await requireAccess(deps, caseId, 'schedule');
  const live = (await deps.storage.collection(seriesKind).list({ caseId })).find((s) => s.doc.status !== 'ended');
  return live ? updateSeriesInvitations(deps, live.doc) : { state: 'nothingToUpdate' };
}
