import type { Attendee, Event, OnlineMeeting, PatternedRecurrence, TeamsTab } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

import { tabConfigurationFor } from '../../core/host';
import type { Person } from '../../core/people/agency';
import { addDays, weekdayName, type IsoDate } from '../../core/shared/dates';
import type { FreeBusy } from '../../core/scheduling/freeBusy';
import type {
  CalendarLink,
  LockOutcome,
  MeetingPlan,
  OccurrenceMove,
  SchedulingPort,
  TabBinding,
} from '../../core/scheduling/schedulingPort';
import { schedulingScopes } from './scopes';
import { GraphCallError, refusal, type GraphRequest, type GraphResponse, type GraphTransport } from './transport';
import { lazySchema } from '../../core/shared/lazySchema';

export type TeamsAppConfig = {
  /** The app's id in the tenant's app catalogue (not the manifest id). */
  catalogAppId: string;
  /** Where the app is served, for the tab's content URL. */
  appBaseUrl: string;
  /** GUID naming the app's extended-property set on events and messages. */
  propertySetId: string;
  /** Graph's base URL, for `@odata.bind`. */
  graphBaseUrl: string;
};

/** Windows time zone id Outlook uses for Europe/London. */
const windowsZone = (tz: string) => (tz === 'Europe/London' ? 'GMT Standard Time' : tz);

const EventCreated = lazySchema(() =>
  z.object({ id: z.string(), onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish() }),
);
const EventList = lazySchema(() => z.object({ value: z.array(EventCreated) }));
const MeetingList = lazySchema(() =>
  z.object({
    value: z.array(
      z.object({
        id: z.string(),
        joinWebUrl: z.string().optional(),
        chatInfo: z.object({ threadId: z.string() }).nullish(),
      }),
    ),
  }),
);
const Instances = lazySchema(() =>
  z.object({
    value: z.array(
      z.object({ id: z.string(), originalStart: z.string().nullish(), start: z.object({ dateTime: z.string() }) }),
    ),
  }),
);
const Tabs = lazySchema(() =>
  z.object({
    value: z.array(z.object({ configuration: z.object({ entityId: z.string().nullish() }).nullish() })),
  }),
);
const Schedules = lazySchema(() =>
  z.object({
    value: z.array(
      z.object({
        scheduleId: z.string(),
        error: z.object({ message: z.string().optional() }).nullish(),
        scheduleItems: z
          .array(z.object({ start: z.object({ dateTime: z.string() }), end: z.object({ dateTime: z.string() }) }))
          .nullish(),
      }),
    ),
  }),
);

const time = (t: string) => `${t}:00`;
const endTime = (date: IsoDate, start: string, minutes: number): { date: IsoDate; time: string } => {
  const [h, m] = start.split(':').map(Number);
  const total = (h ?? 0) * 60 + (m ?? 0) + minutes;
  return {
    date: addDays(date, Math.floor(total / 1440)),
    time: `${String(Math.floor((total % 1440) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`,
  };
};

/** The recurrence for a series, ended on `lastDate` when given. */
export function recurrenceFor(plan: MeetingPlan, lastDate?: IsoDate): PatternedRecurrence {
  return {
    pattern: {
      type: 'weekly',
      interval: plan.cadenceWeeks ?? 1,
      daysOfWeek: [weekdayName(plan.firstDate)],
      firstDayOfWeek: 'monday',
    },
    range: lastDate
      ? {
          type: 'endDate',
          startDate: plan.firstDate,
          endDate: lastDate,
          recurrenceTimeZone: windowsZone(plan.timeZone),
        }
      : { type: 'noEnd', startDate: plan.firstDate, recurrenceTimeZone: windowsZone(plan.timeZone) },
  };
}

/** The event for a series or an urgent meeting: private, neutral subject, online, idempotent by `transactionId`. */
export function eventFor(plan: MeetingPlan, propertySetId: string): Event {
  const tz = windowsZone(plan.timeZone);
  const end = endTime(plan.firstDate, plan.startTime, plan.durationMinutes);
  return {
    subject: plan.subject,
    body: {
      contentType: 'text',
      content: plan.body ?? 'MAPPA panel meeting. Open the MAPPA Panel tab in the meeting for the papers.',
    },
    start: { dateTime: `${plan.firstDate}T${time(plan.startTime)}`, timeZone: tz },
    end: { dateTime: `${end.date}T${time(end.time)}`, timeZone: tz },
    ...(plan.cadenceWeeks ? { recurrence: recurrenceFor(plan, plan.lastDate) } : {}),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    sensitivity: 'private',
    allowNewTimeProposals: false,
    responseRequested: true,
    transactionId: plan.key,
    attendees: attendeesFor(plan.attendees),
    singleValueExtendedProperties: [{ id: keyProperty(propertySetId), value: plan.key }],
  };
}

/** Everyone invited is required: a panel member's attendance is not optional. */
const attendeesFor = (people: readonly Person[]): Attendee[] =>
  people.map((p) => ({ type: 'required', emailAddress: { address: p.email, name: p.name } }));

const keyProperty = (guid: string) => `String {${guid}} Name MappaPanelKey`;

/**
 * The options every panel meeting gets; the Premium ones are tried separately so their refusal costs
 * nothing else. Only properties Graph lets a PATCH change
 * (https://learn.microsoft.com/graph/api/onlinemeeting-update, "Request body"): chat history
 * sharing, for one, is not among them.
 */
export const baseLockDown: OnlineMeeting = {
  allowedPresenters: 'organizer',
  lobbyBypassSettings: { scope: 'organizer', isDialInBypassEnabled: false },
  allowRecording: false,
  allowTranscription: false,
  recordAutomatically: false,
  allowMeetingChat: 'limited',
  isEntryExitAnnounced: true,
};
export const premiumLockDown: OnlineMeeting = {
  watermarkProtection: { isEnabledForContentSharing: true, isEnabledForVideo: true },
  allowCopyingAndSharingMeetingContent: false,
};

export class GraphScheduling implements SchedulingPort {
  constructor(
    private readonly graph: GraphTransport,
    private readonly app: TeamsAppConfig,
  ) {}

  /** Every scheduling request asks for the scheduling scopes, so their consent is one prompt, on first use. */
  private send(req: Omit<GraphRequest, 'scopes'>): Promise<GraphResponse> {
    return this.graph.send({ ...req, scopes: schedulingScopes });
  }

  private call(req: Omit<GraphRequest, 'scopes'>): Promise<GraphResponse> {
    return this.graph.call({ ...req, scopes: schedulingScopes });
  }

  async createSeries(plan: MeetingPlan): Promise<CalendarLink> {
    return this.createEvent(plan);
  }

  async createUrgentMeeting(plan: MeetingPlan): Promise<CalendarLink> {
    const { cadenceWeeks: _c, lastDate: _l, ...single } = plan;
    return this.createEvent(single);
  }

  private async createEvent(plan: MeetingPlan): Promise<CalendarLink> {
    let status: number;
    let body: unknown;
    try {
      ({ status, body } = await this.send({
        method: 'POST',
        url: '/me/events',
        body: eventFor(plan, this.app.propertySetId),
        safeToRepeat: true,
      }));
    } catch {
      status = 0;
    }
    let created: z.infer<typeof EventCreated>;
    if (status === 201) created = EventCreated.parse(body);
    else if (status === 0 || status >= 500) {
      // An unclear failure: the event may exist. Look for it by the app's key before anyone tries again.
      const found = await this.findByKey(plan.key);
      if (!found) throw new GraphCallError(status, 'eventCreateFailed', 'POST /me/events');
      created = found;
    } else throw new GraphCallError(status, 'eventCreateFailed', 'POST /me/events');
    const link: CalendarLink = {
      eventId: created.id,
      ...(created.onlineMeeting?.joinUrl ? { joinUrl: created.onlineMeeting.joinUrl } : {}),
    };
    return this.resolveMeeting(link);
  }

  /** The event an earlier attempt made with this key, if any. */
  async findByKey(key: string): Promise<z.infer<typeof EventCreated> | undefined> {
    const f = `singleValueExtendedProperties/Any(ep: ep/id eq '${keyProperty(this.app.propertySetId)}' and ep/value eq '${key.replace(/'/g, "''")}')`;
    const res = await this.call({
      method: 'GET',
      url: `/me/events?$filter=${encodeURIComponent(f)}&$select=id,onlineMeeting`,
      safeToRepeat: true,
    });
    return EventList.parse(res.body).value[0];
  }

  private async resolveMeeting(link: CalendarLink): Promise<CalendarLink> {
    if (!link.joinUrl || (link.onlineMeetingId && link.chatId)) return link;
    // The filter is percent-encoded once, join URL and all; Graph decodes it once and compares the
    // join URL as Teams issued it (https://learn.microsoft.com/graph/api/onlinemeeting-get).
    const f = `JoinWebUrl eq '${link.joinUrl.replace(/'/g, "''")}'`;
    const res = await this.call({
      method: 'GET',
      url: `/me/onlineMeetings?$filter=${encodeURIComponent(f)}`,
      safeToRepeat: true,
    });
    const m = MeetingList.parse(res.body).value[0];
    if (!m) return link;
    return { ...link, onlineMeetingId: m.id, ...(m.chatInfo?.threadId ? { chatId: m.chatInfo.threadId } : {}) };
  }

  async lockMeetingOptions(link: CalendarLink): Promise<LockOutcome> {
    const l = await this.resolveMeeting(link);
    if (!l.onlineMeetingId) throw new GraphCallError(404, 'onlineMeetingNotFound', 'GET onlineMeetings');
    const url = `/me/onlineMeetings/${encodeURIComponent(l.onlineMeetingId)}`;
    const [base, premium] = await Promise.all([
      this.send({ method: 'PATCH', url, body: baseLockDown, safeToRepeat: true }),
      this.send({ method: 'PATCH', url, body: premiumLockDown, safeToRepeat: true }),
    ]);
    if (base.status !== 200) throw refusal(base, { method: 'PATCH', url });
    const baseNames = [
      'lobby for everyone but the organiser',
      'no recording',
      'no transcription',
      'organiser presents',
      'meeting chat during the call only',
    ];
    const premiumNames = ['watermark', 'no copying of meeting content'];
    if (premium.status === 200) return { applied: [...baseNames, ...premiumNames], notApplied: [] };
    // Not licensed (403) or not supported (400): the meeting keeps the tenant's defaults for these.
    if (premium.status === 403 || premium.status === 400) return { applied: baseNames, notApplied: premiumNames };
    throw new GraphCallError(premium.status, 'lockDownFailed', 'PATCH onlineMeeting');
  }

  async addAppToMeetingChat(link: CalendarLink, binding: TabBinding): Promise<'added' | 'pending'> {
    const l = await this.resolveMeeting(link);
    if (!l.chatId) return 'pending';
    const chat = `/chats/${encodeURIComponent(l.chatId)}`;
    const bind = `${this.app.graphBaseUrl.replace(/\/$/, '')}/v1.0/appCatalogs/teamsApps/${this.app.catalogAppId}`;
    const install = await this.send({
      method: 'POST',
      url: `${chat}/installedApps`,
      body: { 'teamsApp@odata.bind': bind },
      safeToRepeat: true,
    });
    // 404: the meeting chat is not ready yet; the next run tries again. A 403 is a missing permission
    // or tenant setting, which waiting does not cure: it is reported as such.
    if (install.status === 404) return 'pending';
    if (install.status !== 201 && install.status !== 409) {
      throw refusal(install, { method: 'POST', url: `${chat}/installedApps` });
    }
    // The same tab the configuration page saves, so every meeting context loads the one page it expects.
    const saved = tabConfigurationFor(this.app.appBaseUrl, { id: binding.caseId, reference: binding.reference });
    const entityId = saved.entityId;
    const tab: TeamsTab = {
      displayName: saved.suggestedDisplayName,
      configuration: { entityId, contentUrl: saved.contentUrl, websiteUrl: saved.websiteUrl },
    };
    // Installed already: an earlier attempt got this far and may have added the tab too.
    if (install.status === 409 && (await this.hasTab(chat, entityId))) return 'added';
    // Never re-sent by the transport: after no answer, 503 or 504 the tab may exist, so look first.
    const post = await this.send({
      method: 'POST',
      url: `${chat}/tabs`,
      body: { ...tab, 'teamsApp@odata.bind': bind },
      safeToRepeat: false,
    }).catch(() => undefined);
    if (post?.status === 201) return 'added';
    if (post && post.status < 500) throw refusal(post, { method: 'POST', url: `${chat}/tabs` });
    // No clear answer: the tab may have been made. Look before posting again, so there is never a second tab.
    if (await this.hasTab(chat, entityId)) return 'added';
    const again = await this.call({
      method: 'POST',
      url: `${chat}/tabs`,
      body: { ...tab, 'teamsApp@odata.bind': bind },
      safeToRepeat: false,
    });
    return again.status === 201 ? 'added' : 'pending';
  }

  private async hasTab(chat: string, entityId: string): Promise<boolean> {
    const tabs = await this.call({ method: 'GET', url: `${chat}/tabs`, safeToRepeat: true });
    return Tabs.parse(tabs.body).value.some((t) => t.configuration?.entityId === entityId);
  }

  async moveOccurrence(link: CalendarLink, plan: MeetingPlan, move: OccurrenceMove): Promise<void> {
    const res = await this.call({
      method: 'GET',
      url: `/me/events/${encodeURIComponent(link.eventId)}/instances?startDateTime=${move.planned}T00:00:00Z&endDateTime=${addDays(move.planned, 1)}T00:00:00Z&$select=id,originalStart,start`,
      safeToRepeat: true,
    });
    const occ = Instances.parse(res.body).value.find((o) =>
      (o.originalStart ?? o.start.dateTime).startsWith(move.planned),
    );
    if (!occ) return; // already moved, or outside the series
    if (occ.start.dateTime.startsWith(move.date)) return;
    const tz = windowsZone(plan.timeZone);
    const end = endTime(move.date, plan.startTime, plan.durationMinutes);
    const body: Event = {
      start: { dateTime: `${move.date}T${time(plan.startTime)}`, timeZone: tz },
      end: { dateTime: `${end.date}T${time(end.time)}`, timeZone: tz },
    };
    await this.call({
      method: 'PATCH',
      url: `/me/events/${encodeURIComponent(occ.id)}`,
      body,
      safeToRepeat: true,
    });
  }

  async endSeries(link: CalendarLink, plan: MeetingPlan, lastDate: IsoDate): Promise<void> {
    // The whole recurrence with an end date: past occurrences and their history stay.
    const body: Event = { recurrence: recurrenceFor(plan, lastDate < plan.firstDate ? plan.firstDate : lastDate) };
    await this.call({
      method: 'PATCH',
      url: `/me/events/${encodeURIComponent(link.eventId)}`,
      body,
      safeToRepeat: true,
    });
  }

  async updateAttendees(link: CalendarLink, attendees: readonly Person[]): Promise<void> {
    // Attendees alone in the body: Graph then sends a meeting update only to the attendees that
    // changed, so those added are invited, those removed are told, and a repeat (a retry, or the
    // transport re-sending after a lost answer) tells no one again
    // (https://learn.microsoft.com/graph/api/event-update, "attendees property and meeting updates").
    // The link names the series master, so every occurrence follows.
    const body: Event = { attendees: attendeesFor(attendees) };
    await this.call({
      method: 'PATCH',
      url: `/me/events/${encodeURIComponent(link.eventId)}`,
      body,
      safeToRepeat: true,
    });
  }

  async freeBusy(people: readonly Person[], from: IsoDate, to: IsoDate, timeZone: string): Promise<FreeBusy[]> {
    if (people.length === 0) return [];
    const body = {
      schedules: people.map((p) => p.email),
      startTime: { dateTime: `${from}T00:00:00`, timeZone: 'UTC' },
      endTime: { dateTime: `${to}T00:00:00`, timeZone: 'UTC' },
      availabilityViewInterval: 30,
    };
    void timeZone;
    const res = await this.call({ method: 'POST', url: '/me/calendar/getSchedule', body, safeToRepeat: true });
    const info = Schedules.parse(res.body).value;
    return people.map((person) => {
      const s = info.find((x) => x.scheduleId.toLowerCase() === person.email.toLowerCase());
      if (!s || s.error || !s.scheduleItems) return { person, availability: 'unknown', busy: [] };
      return {
        person,
        availability: 'known',
        busy: s.scheduleItems.map((i) => ({
          start: `${i.start.dateTime.slice(0, 19)}Z`,
          end: `${i.end.dateTime.slice(0, 19)}Z`,
        })),
      };
    });
  }
}
