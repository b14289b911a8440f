import type { Meeting, PanelSeries } from '../panels/series.schema';
import type { ProjectedMeeting } from './cadence';
import { addDays, zonedInstant, type IsoDate } from '../shared/dates';
import type { CalendarLink } from './schedulingPort';

/**
 * The id of a series' meeting: the series id and the meeting's place in it. The same series always
 * gives the same ids, so a resumed or retried run finds the meetings an earlier one made.
 */
export const meetingIdFor = (seriesId: string, position: number) => `${seriesId}_m${String(position).padStart(2, '0')}`;

/**
 * How many meetings the case has had (or has booked) before an instant, leaving out cancelled ones
 * and, optionally, one series (the one being scheduled, whose own meetings must not count twice).
 */
export function meetingsBefore(
  caseMeetings: readonly Meeting[],
  before: string,
  except?: { seriesId?: string; id?: string },
): number {
  const at = Date.parse(before);
  return caseMeetings.filter(
    (m) =>
      m.status !== 'cancelled' &&
      Date.parse(m.start) < at &&
      (except?.seriesId === undefined || m.seriesId !== except.seriesId) &&
      (except?.id === undefined || m.id !== except.id),
  ).length;
}

const linkFields = (link: CalendarLink | undefined) => ({
  ...(link?.chatId ? { chatId: link.chatId } : {}),
  ...(link?.joinUrl ? { joinUrl: link.joinUrl } : {}),
});

/**
 * The Meeting records for a series' projected dates (bank-holiday moves already applied): the first
 * of a case with no earlier meetings is its initial panel, the rest reviews; `sequence` carries on
 * from the case's earlier meetings; all share the online meeting's chat and join link.
 */
export function meetingsForSeries(
  series: PanelSeries,
  projected: readonly ProjectedMeeting[],
  caseMeetings: readonly Meeting[],
  link: CalendarLink | undefined,
): Meeting[] {
  const firstStart = zonedInstant(series.firstMeetingDate, series.startTime, series.timeZone).toISOString();
  const earlier = meetingsBefore(caseMeetings, firstStart, { seriesId: series.id });
  return projected.map((p, i) => ({
    id: meetingIdFor(series.id, p.sequence),
    seriesId: series.id,
    caseId: series.caseId,
    caseReference: series.caseReference,
    kind: earlier === 0 && i === 0 ? 'initial' : 'review',
    sequence: earlier + i + 1,
    start: zonedInstant(p.date, series.startTime, series.timeZone).toISOString(),
    durationMinutes: series.durationMinutes,
    status: 'scheduled',
    ...linkFields(link),
  }));
}

/** An urgent panel's one Meeting, its id the meeting's idempotency key. */
export function urgentMeeting(
  input: {
    id: string;
    caseId: string;
    caseReference: string;
    date: IsoDate;
    startTime: string;
    durationMinutes: number;
    timeZone: string;
  },
  caseMeetings: readonly Meeting[],
  link: CalendarLink | undefined,
): Meeting {
  const start = zonedInstant(input.date, input.startTime, input.timeZone).toISOString();
  return {
    id: input.id,
    caseId: input.caseId,
    caseReference: input.caseReference,
    kind: 'urgent',
    sequence: meetingsBefore(caseMeetings, start, { id: input.id }) + 1,
    start,
    durationMinutes: input.durationMinutes,
    status: 'scheduled',
    ...linkFields(link),
  };
}

/**
 * The meetings an ended series no longer holds: those still scheduled after its last held date
 * (from midnight after it, in the series' zone). Held and earlier meetings stay as they are.
 */
export function meetingsToCancel(seriesMeetings: readonly Meeting[], lastDate: IsoDate, timeZone: string): Meeting[] {
  const cutoff = zonedInstant(addDays(lastDate, 1), '00:00', timeZone).getTime();
  return seriesMeetings.filter((m) => m.status === 'scheduled' && Date.parse(m.start) >= cutoff);
}
