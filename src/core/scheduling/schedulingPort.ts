import type { Person } from '../people/agency';
import type { IsoDate } from '../shared/dates';
import type { FreeBusy } from './freeBusy';

/** Where a series or meeting lives in the calendar and in Teams, filled in step by step. */
export type CalendarLink = {
  eventId: string;
  joinUrl?: string;
  onlineMeetingId?: string;
  /** The meeting chat thread, which binds the meeting tab to the case. */
  chatId?: string;
};

/** What a recurring panel series or urgent meeting is, in the app's own terms. */
export type MeetingPlan = {
  /** Idempotency key: the series (or meeting) id. A retry with the same key never creates a second event. */
  key: string;
  caseId: string;
  /** Neutral subject: never case content (calendar items are widely visible). */
  subject: string;
  /** The invitation's text, in the languages it is sent in; never case content. The calendar's own default when absent. */
  body?: string;
  firstDate: IsoDate;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  attendees: readonly Person[];
  /** Weekly interval for a series; absent for a single (urgent) meeting. */
  cadenceWeeks?: number;
  /** The last date of the series, when it has one. */
  lastDate?: IsoDate;
};

export type LockOutcome = {
  /** Options that are now locked down. */
  applied: readonly string[];
  /** Options the tenant refused (e.g. watermarking without Teams Premium), left as the tenant's default. */
  notApplied: readonly string[];
};

/** The case a meeting chat's tab shows; the tab itself is `tabConfigurationFor` the case. */
export type TabBinding = { caseId: string; seriesId: string; reference: string };

/** A move of one occurrence, off a bank holiday for example. */
export type OccurrenceMove = { planned: IsoDate; date: IsoDate };

/**
 * Scheduling panels: the calendar and Teams side. Every method is safe to repeat with the same
 * arguments (the app resumes an interrupted scheduling run by calling them again).
 */
export interface SchedulingPort {
  /** Creates the recurring online meeting (or finds the one an earlier attempt created) and resolves its chat. */
  createSeries(plan: MeetingPlan): Promise<CalendarLink>;
  /** A single online meeting, for an urgent panel. */
  createUrgentMeeting(plan: MeetingPlan): Promise<CalendarLink>;
  /** Moves one occurrence of a series from its planned date to another, keeping the time. */
  moveOccurrence(link: CalendarLink, plan: MeetingPlan, move: OccurrenceMove): Promise<void>;
  /** Ends a series after its last held date, keeping past occurrences and their history. */
  endSeries(link: CalendarLink, plan: MeetingPlan, lastDate: IsoDate): Promise<void>;
  /**
   * Invites exactly these people to a scheduled series (its master event, so every occurrence
   * follows) or urgent meeting: those added get the invitation, those removed its cancellation, and
   * the others nothing. A repeat with the same people tells no one anything again.
   */
  updateAttendees(link: CalendarLink, attendees: readonly Person[]): Promise<void>;
  /** Lobby for everyone but the organiser, no recording or transcription, organiser presents, watermark where licensed. */
  lockMeetingOptions(link: CalendarLink): Promise<LockOutcome>;
  /** Adds the app to the meeting chat with a tab bound to the case. `pending` when Teams is not ready yet. */
  addAppToMeetingChat(link: CalendarLink, binding: TabBinding): Promise<'added' | 'pending'>;
  /** Standing members' free/busy over a window; people in other tenants come back `unknown`. */
  freeBusy(people: readonly Person[], from: IsoDate, to: IsoDate, timeZone: string): Promise<FreeBusy[]>;
}

/**
 * Steps of scheduling a series, recorded on the series so an interrupted run can resume. `meetings`
 * is the app's own record of each upcoming meeting, which binds the meeting tab and side panel.
 */
export const schedulingSteps = ['event', 'meetings', 'locked', 'moved', 'app'] as const;
export type SchedulingStep = (typeof schedulingSteps)[number];
