/** The signed-in user's calendar: `/me/events`, one event, its occurrences (`instances`). */
import { err, json, type Res } from '../http';
import { applySelect, evaluate, page } from '../odata';
import type { Route, RouteContext } from '../router';
import type { Ev, FakeState } from '../state';

const EVENTS_PAGE = 10;

export function eventJson(ev: Ev): Record<string, unknown> {
  const { exceptions: _x, cancelled: _c, ...rest } = ev;
  return rest;
}

function createEvent(state: FakeState, b: Record<string, unknown>): Res {
  // transactionId: a repeated create answers with the event the first one made.
  const tx = typeof b.transactionId === 'string' ? b.transactionId : undefined;
  const existing = tx ? state.txIds.get(tx) : undefined;
  if (existing) return json(201, eventJson(state.events.get(existing)!));
  const id = state.newId('evt-');
  const ev: Ev = {
    ...b,
    id,
    exceptions: new Map(),
    cancelled: false,
    type: b.recurrence ? 'seriesMaster' : 'singleInstance',
  };
  if (b.isOnlineMeeting) {
    const thread = `19:meeting_${id}@thread.v2`;
    // As Teams makes them: the thread id percent-encoded inside the join URL.
    const joinUrl = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=%7b%22Tid%22%3a%22t%22%7d`;
    const mId = state.newId('mtg-');
    state.meetings.set(mId, {
      id: mId,
      joinWebUrl: joinUrl,
      chatInfo: { threadId: thread, messageId: '0' },
      allowRecording: true,
      allowTranscription: true,
      allowedPresenters: 'everyone',
    });
    state.chats.set(thread, { apps: new Set(), tabs: [], installAttempts: 0 });
    ev.onlineMeeting = { joinUrl };
  }
  state.events.set(id, ev);
  if (tx) state.txIds.set(tx, id);
  return json(201, eventJson(ev));
}

function addDaysIso(d: string, days: number) {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Occurrences of a weekly series in the window, with moved ones as exceptions. */
function instances(ev: Ev, from: string, to: string) {
  const rec = ev.recurrence as
    { pattern: { interval: number }; range: { startDate: string; endDate?: string; type: string } } | undefined;
  const start = ev.start as { dateTime: string; timeZone: string };
  const end = ev.end as { dateTime: string; timeZone: string };
  if (!rec) return [];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < 200; i++) {
    const d = addDaysIso(rec.range.startDate, i * 7 * rec.pattern.interval);
    if (rec.range.type === 'endDate' && rec.range.endDate && d > rec.range.endDate) break;
    if (d >= to) break;
    if (d < from) continue;
    const ex = ev.exceptions.get(d);
    const occ = { dateTime: `${d}T${start.dateTime.slice(11)}`, timeZone: start.timeZone };
    out.push({
      id: `${ev.id}_occ_${d}`,
      seriesMasterId: ev.id,
      type: ex ? 'exception' : 'occurrence',
      originalStart: `${d}T${start.dateTime.slice(11)}Z`,
      start: ex?.start ?? occ,
      end: ex?.end ?? { dateTime: `${d}T${end.dateTime.slice(11)}`, timeZone: end.timeZone },
    });
  }
  return out;
}

const addressesOf = (attendees: unknown): string[] =>
  Array.isArray(attendees)
    ? attendees.map((a) => String((a as { emailAddress?: { address?: unknown } }).emailAddress?.address).toLowerCase())
    : [];

/**
 * An update of an event's attendees alone sends a meeting update to the attendees that changed and
 * no one else (https://learn.microsoft.com/graph/api/event-update): those added get the invitation,
 * those removed the cancellation.
 */
function sendMeetingUpdate(state: FakeState, ev: Ev, next: unknown[]) {
  const before = addressesOf(ev.attendees);
  const after = addressesOf(next);
  const changed = [...after.filter((a) => !before.includes(a)), ...before.filter((a) => !after.includes(a))];
  if (changed.length) state.meetingUpdates.push({ eventId: ev.id, to: changed });
}

/** The master of an event id, and the occurrence date when the id names an occurrence. */
function withEvent(ctx: RouteContext, then: (ev: Ev, occDate?: string) => Res): Res {
  const [masterId, occDate] = ctx.ids[0]!.split('_occ_');
  const ev = ctx.state.events.get(masterId ?? '');
  return ev ? then(ev, occDate) : err(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}

export const eventRoutes: Route[] = [
  {
    method: 'POST',
    template: '/me/events',
    name: 'event-create',
    handle: ({ state, req }) => createEvent(state, req.body as Record<string, unknown>),
  },
  {
    method: 'GET',
    template: '/me/events',
    name: 'events-list',
    handle: ({ state, opts, req }) => {
      const all = [...state.events.values()]
        .filter((e) => !e.cancelled)
        .map(eventJson)
        .filter((e) => !opts.filter || evaluate(opts.filter, e));
      const p = page(all, opts, req, EVENTS_PAGE);
      return json(200, { ...p, value: p.value.map((e) => applySelect(e, opts.select)) });
    },
  },
  {
    method: 'GET',
    template: '/me/events/{id}',
    name: 'event-get',
    handle: (ctx) => withEvent(ctx, (ev) => json(200, applySelect(eventJson(ev), ctx.opts.select))),
  },
  {
    method: 'PATCH',
    template: '/me/events/{id}',
    name: 'event-update',
    handle: (ctx) =>
      withEvent(ctx, (ev, occDate) => {
        const b = ctx.req.body as Record<string, unknown>;
        if (occDate) {
          ev.exceptions.set(occDate, { start: b.start, end: b.end });
          return json(200, { id: ctx.ids[0], type: 'exception', start: b.start, end: b.end });
        }
        if (Array.isArray(b.attendees)) sendMeetingUpdate(ctx.state, ev, b.attendees);
        Object.assign(ev, b);
        return json(200, eventJson(ev));
      }),
  },
  {
    method: 'GET',
    template: '/me/events/{id}/instances',
    name: 'event-instances',
    // Both bounds are required: https://learn.microsoft.com/graph/api/event-list-instances
    handle: (ctx) => {
      const from = ctx.req.query.get('startDateTime');
      const to = ctx.req.query.get('endDateTime');
      if (!from || !to) return err(400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required');
      return withEvent(ctx, (ev) => {
        const p = page(instances(ev, from.slice(0, 10), to.slice(0, 10)), ctx.opts, ctx.req, EVENTS_PAGE);
        return json(200, { ...p, value: p.value.map((o) => applySelect(o, ctx.opts.select)) });
      });
    },
  },
];
