import type { Person } from '../people/agency';
import { addDays, dayOfWeek, weekdayNames, zonedInstant, type IsoDate } from '../shared/dates';

/** One person's busy times over a window; `unknown` where their calendar cannot be read (other tenants). */
export type FreeBusy = {
  person: Person;
  availability: 'known' | 'unknown';
  /** Busy intervals as ISO instants. */
  busy: readonly { start: string; end: string }[];
};

export type SlotSuggestion = {
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
  weekdayName: string;
  time: string;
  /** How many of the sampled weeks each member is free, busy or unknown at this slot, summed over members. */
  free: number;
  busy: number;
  unknown: number;
  /** Members busy at least once at this slot, by name (no calendar detail). */
  busyMembers: string[];
};

export type SuggestOptions = {
  /** The first day to sample from (a Monday is not required). */
  from: IsoDate;
  /** How many weeks to sample each weekday and time over. */
  weeks: number;
  times: readonly string[];
  durationMinutes: number;
  timeZone: string;
};

/**
 * Summarises standing members' free/busy into weekday-and-time suggestions, best first: fewest
 * clashes, then fewest unknowns, then earliest in the week and day. Pure: the caller fetches the
 * free/busy for the window `from` to `from + weeks`.
 */
export function suggestSlots(members: readonly FreeBusy[], opts: SuggestOptions): SlotSuggestion[] {
  const out: SlotSuggestion[] = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    const firstDay = addDays(opts.from, (weekday - dayOfWeek(opts.from) + 7) % 7);
    for (const time of opts.times) {
      const s: SlotSuggestion = {
        weekday,
        weekdayName: weekdayNames[weekday] ?? '',
        time,
        free: 0,
        busy: 0,
        unknown: 0,
        busyMembers: [],
      };
      for (let w = 0; w < opts.weeks; w++) {
        const start = zonedInstant(addDays(firstDay, w * 7), time, opts.timeZone).getTime();
        const end = start + opts.durationMinutes * 60_000;
        for (const m of members) {
          if (m.availability === 'unknown') {
            s.unknown++;
            continue;
          }
          const clash = m.busy.some((b) => Date.parse(b.start) < end && Date.parse(b.end) > start);
          if (clash) {
            s.busy++;
            if (!s.busyMembers.includes(m.person.name)) s.busyMembers.push(m.person.name);
          } else s.free++;
        }
      }
      out.push(s);
    }
  }
  return out.sort(
    (a, b) => a.busy - b.busy || a.unknown - b.unknown || a.weekday - b.weekday || a.time.localeCompare(b.time),
  );
}
