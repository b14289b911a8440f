import { seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import type { ClockPort, StoragePort } from '../../core/ports';
import { addDays, zonedInstant, type IsoDate } from '../../core/shared/dates';
import type { FreeBusy } from '../../core/scheduling/freeBusy';
import type { Person } from '../../core/people/agency';
import type {
  CalendarLink,
  LockOutcome,
  MeetingPlan,
  OccurrenceMove,
  SchedulingPort,
  TabBinding,
} from '../../core/scheduling/schedulingPort';

/**
 * Scheduling in local mode: there is no calendar, so a series is only recorded in the store (by
 * the app's scheduling flow) and every Teams step succeeds at once. Free/busy comes from the panel
 * series already in the store: their members are busy at their meetings.
 */
export class LocalScheduling implements SchedulingPort {
  constructor(
    private readonly storage: StoragePort,
    private readonly clock: ClockPort,
  ) {}

  async createSeries(plan: MeetingPlan): Promise<CalendarLink> {
    return { eventId: `local-${plan.key}` };
  }

  async createUrgentMeeting(plan: MeetingPlan): Promise<CalendarLink> {
    return { eventId: `local-${plan.key}` };
  }

  async moveOccurrence(_link: CalendarLink, _plan: MeetingPlan, _move: OccurrenceMove): Promise<void> {}

  async endSeries(_link: CalendarLink, _plan: MeetingPlan, _lastDate: IsoDate): Promise<void> {}

  /** No calendar holds invitations locally: the series' chair and members, already saved, are the whole record. */
  async updateAttendees(_link: CalendarLink, _attendees: readonly Person[]): Promise<void> {}

  async lockMeetingOptions(_link: CalendarLink): Promise<LockOutcome> {
    return {
      applied: ['lobby for everyone but the organiser', 'no recording', 'no transcription', 'organiser presents'],
      notApplied: [],
    };
  }

  async addAppToMeetingChat(_link: CalendarLink, _binding: TabBinding): Promise<'added' | 'pending'> {
    return 'added';
  }

  async freeBusy(people: readonly Person[], from: IsoDate, to: IsoDate, timeZone: string): Promise<FreeBusy[]> {
    void this.clock;
    const live = (await this.storage.collection(seriesKind).list())
      .map((s) => s.doc)
      .filter((s) => s.status !== 'ended');
    return people.map((person) => ({
      person,
      availability: 'known' as const,
      busy: live.filter((s) => involves(s, person)).flatMap((s) => meetingsIn(s, from, to, timeZone)),
    }));
  }
}

const involves = (s: PanelSeries, p: Person) => [s.chair, ...s.members].some((m) => m.email === p.email);

function meetingsIn(s: PanelSeries, from: IsoDate, to: IsoDate, timeZone: string) {
  const out: { start: string; end: string }[] = [];
  for (let d = s.firstMeetingDate; d < to; d = addDays(d, s.cadenceWeeks * 7)) {
    if (d < from) continue;
    const start = zonedInstant(d, s.startTime, timeZone);
    out.push({ start: start.toISOString(), end: new Date(start.getTime() + s.durationMinutes * 60_000).toISOString() });
  }
  return out;
}
