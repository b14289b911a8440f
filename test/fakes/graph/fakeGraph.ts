import { appendFileSync } from 'node:fs';

/**
 * An in-process fake of the Microsoft Graph endpoints MAPPA Panel uses, as a fetch-compatible
 * function. It holds state (SharePoint lists and items, events and their occurrences, online
 * meetings, meeting chats, sent mail, people), issues eTags, answers `$batch`, and can inject
 * throttling (429 with Retry-After), 503, timeouts and responses lost after the change was made.
 * Every request body is recorded with the route it matched; when GRAPH_REQUEST_LOG names a file
 * the records are appended to it as JSON lines for `npm run check:graph`.
 */

export type Fault = '429' | '503' | 'timeout' | 'lost';
export type Recorded = { route: string; method: string; url: string; body: unknown };

type Item = { id: string; uuid: string; version: number; fields: Record<string, unknown> };
type Column = { name: string; indexed?: boolean; enforceUniqueValues?: boolean; [k: string]: unknown };
type List = {
  id: string;
  displayName: string;
  template: string;
  columns: Column[];
  items: Map<string, Item>;
  nextId: number;
};
/** A file in a document library's drive, by its path from the root. */
export type FakeFile = { id: string; name: string; bytes: Uint8Array; contentType: string; version: number };
type Ev = Record<string, unknown> & {
  id: string;
  exceptions: Map<string, { start: unknown; end: unknown }>;
  cancelled: boolean;
};

export type FakeUser = {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  userType: 'Member' | 'Guest';
  jobTitle?: string;
  department?: string;
  external?: boolean;
};

export type FakeGraphOptions = {
  /** The organiser has Teams Premium, so watermarking is accepted. */
  premium?: boolean;
  /** Install in the meeting chat answers 404 until this many attempts (the chat is not ready yet). */
  chatNotReadyFor?: number;
  me?: FakeUser;
  users?: FakeUser[];
  seed?: number;
};

const json = (status: number, body?: unknown, headers: Record<string, string> = {}) => ({ status, body, headers });
type Res = ReturnType<typeof json>;
const err = (status: number, code: string, message = code) => json(status, { error: { code, message } });

export class FakeGraph {
  readonly recorded: Recorded[] = [];
  roundTrips = 0;
  operations = 0;
  /** Faults to apply to the next requests (HTTP calls and batch members), in order. */
  readonly faults: Fault[] = [];
  /** Probability of a random fault on every request, from a seeded generator. */
  randomFaultRate = 0;
  readonly sites = new Map<string, Map<string, List>>();
  readonly events = new Map<string, Ev>();
  readonly meetings = new Map<string, Record<string, unknown>>();
  readonly chats = new Map<string, { apps: Set<string>; tabs: Record<string, unknown>[]; installAttempts: number }>();
  readonly sentMail: Record<string, unknown>[] = [];
  /** Files uploaded to document libraries, keyed `list display name/path`. */
  readonly files = new Map<string, FakeFile>();
  private readonly txIds = new Map<string, string>();
  private counter = 0;
  private rng: number;
  readonly me: FakeUser;
  readonly users: FakeUser[];

  constructor(private readonly opts: FakeGraphOptions = {}) {
    this.rng = opts.seed ?? 1;
    this.me = opts.me ?? {
      id: 'u-coord',
      displayName: 'Casey Coordinator',
      mail: 'casey.coordinator@northshire.example.gov.uk',
      userPrincipalName: 'casey.coordinator@northshire.example.gov.uk',
      userType: 'Member',
      jobTitle: 'MAPPA coordinator',
      department: 'Police',
    };
    this.users = [this.me, ...(opts.users ?? [])];
  }

  /** The fetch function to hand to the Graph client. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    this.roundTrips++;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (
      init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')
    ).toUpperCase();
    const headers = lowerHeaders(init?.headers);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const body: unknown = text ? JSON.parse(text) : undefined;
    const bytes = init?.body instanceof Blob ? new Uint8Array(await init.body.arrayBuffer()) : undefined;
    const rel = url.replace(/^https:\/\/[^/]+\/v1\.0/, '');
    const fault = this.nextFault();
    if (fault === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    if (fault === '429' || fault === '503') {
      return toResponse(
        json(Number(fault), { error: { code: 'throttled', message: 'Slow down' } }, { 'Retry-After': '2' }),
      );
    }
    const res =
      rel === '/$batch' && method === 'POST' ? this.batch(body) : this.handle(method, rel, headers, body, true, bytes);
    if (fault === 'lost') throw new TypeError('Failed to fetch');
    return toResponse(res);
  };

  private batch(body: unknown): Res {
    const reqs = (
      body as {
        requests: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[];
      }
    ).requests;
    if (reqs.length > 20) return err(400, 'BadRequest', 'Too many requests in a batch');
    const ids = new Set(reqs.map((r) => r.id.toLowerCase()));
    if (ids.size !== reqs.length) return err(400, 'BadRequest', 'Duplicate ids');
    const responses = reqs.map((r) => {
      if (r.body !== undefined && !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) {
        return { id: r.id, ...err(400, 'BadRequest', 'Content-Type required') };
      }
      const f = this.memberFault();
      if (f) {
        return { id: r.id, status: Number(f), headers: { 'Retry-After': '1' }, body: { error: { code: 'throttled' } } };
      }
      const res = this.handle(r.method.toUpperCase(), r.url, lowerHeaders(r.headers), r.body, false);
      return { id: r.id, status: res.status, headers: res.headers, body: res.body };
    });
    return json(200, { responses });
  }

  private nextFault(): Fault | undefined {
    if (this.faults.length) return this.faults.shift();
    if (this.randomFaultRate > 0 && this.random() < this.randomFaultRate) {
      return (['429', '503', 'timeout', 'lost'] as const)[Math.floor(this.random() * 4)];
    }
    return undefined;
  }

  private memberFault(): '429' | '503' | undefined {
    if (this.randomFaultRate > 0 && this.random() < this.randomFaultRate / 2) {
      return this.random() < 0.5 ? '429' : '503';
    }
    return undefined;
  }

  private random(): number {
    // Mulberry32: reproducible faults from the seed.
    let t = (this.rng += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  private newId(prefix: string) {
    return `${prefix}${(++this.counter).toString(16).padStart(8, '0')}`;
  }

  private record(route: string, method: string, url: string, body: unknown) {
    this.operations++;
    if (body === undefined) return;
    const entry = { route, method, url, body };
    this.recorded.push(entry);
    const file = process.env.GRAPH_REQUEST_LOG;
    if (file) appendFileSync(file, JSON.stringify(entry) + '\n');
  }

  private handle(
    method: string,
    rel: string,
    h: Record<string, string>,
    body: unknown,
    _top: boolean,
    bytes?: Uint8Array,
  ): Res {
    const u = new URL(rel, 'https://graph.invalid');
    const path = decodeURIComponent(u.pathname);
    const q = u.searchParams;
    const seg = path.split('/').filter(Boolean);
    const route = (name: string) => this.record(name, method, rel, body);

    // SharePoint lists
    if (seg[0] === 'sites' && seg[1]) {
      const site = this.sites.get(seg[1]) ?? new Map<string, List>();
      this.sites.set(seg[1], site);
      if (seg.length === 3 && seg[2] === 'lists' && method === 'POST') {
        route('list-create');
        const b = body as { displayName: string; columns?: Column[]; list?: { template?: string } };
        if (this.findList(site, b.displayName)) return err(409, 'nameAlreadyExists', 'A list with this name exists');
        const list: List = {
          id: this.newId('list-'),
          displayName: b.displayName,
          template: b.list?.template ?? 'genericList',
          columns: [...(b.columns ?? [])],
          items: new Map(),
          nextId: 1,
        };
        site.set(list.id, list);
        return json(201, { id: list.id, displayName: list.displayName, list: { template: list.template } });
      }
      const upload = /^\/sites\/[^/]+\/lists\/([^/]+)\/drive\/root:\/(.+):\/content$/.exec(path);
      if (upload && method === 'PUT') {
        route('driveItem-content');
        return this.upload(site, upload[1]!, upload[2]!, q, h, bytes);
      }
      const list = seg[3] ? this.findList(site, seg[3]) : undefined;
      if (seg[2] === 'lists' && seg[3] && !list) {
        route('list-get');
        return err(404, 'itemNotFound', 'The list does not exist');
      }
      if (list && seg.length === 4 && method === 'GET') {
        route('list-get');
        return json(200, { id: list.id, displayName: list.displayName, list: { template: list.template } });
      }
      if (list && seg[4] === 'columns' && seg.length === 5) {
        if (method === 'GET') {
          route('columns-list');
          return json(200, { value: list.columns.map((c) => ({ id: c.name, ...c })) });
        }
        if (method === 'POST') {
          route('column-create');
          const c = body as Column;
          if (list.columns.some((x) => x.name === c.name)) return err(409, 'nameAlreadyExists', 'Column exists');
          list.columns.push(c);
          return json(201, { id: c.name, ...c });
        }
      }
      if (list && seg[4] === 'items') {
        if (seg.length === 5 && method === 'GET') {
          route('items-list');
          return this.listItems(list, q, rel);
        }
        if (seg.length === 5 && method === 'POST') {
          route('listItem-create');
          return this.createItem(list, body);
        }
        const item = seg[5] ? list.items.get(seg[5]) : undefined;
        if (seg.length === 6 && method === 'GET') {
          route('listItem-get');
          return item ? json(200, this.itemJson(item)) : err(404, 'itemNotFound');
        }
        if (seg.length === 7 && seg[6] === 'fields' && method === 'PATCH') {
          route('fieldValueSet-update');
          if (!item) return err(404, 'itemNotFound');
          const ifMatch = h['if-match'];
          if (ifMatch && ifMatch !== '*' && ifMatch !== etag(item)) {
            return err(412, 'resourceModified', 'The eTag does not match');
          }
          const clash = this.uniqueClash(list, body as Record<string, unknown>, item.id);
          if (clash) return err(409, 'nameAlreadyExists', clash);
          item.fields = { ...item.fields, ...(body as Record<string, unknown>) };
          item.version++;
          return json(200, { ...item.fields, '@odata.etag': etag(item) });
        }
      }
      return err(404, 'notFound', `No fake route for ${method} ${path}`);
    }

    if (path === '/me' && method === 'GET') {
      route('me');
      return json(200, this.userJson(this.me));
    }
    if (path === '/me/people' && method === 'GET') {
      route('people');
      const s = (q.get('$search') ?? '').replace(/"/g, '').toLowerCase();
      return json(200, {
        value: this.users
          .filter((x) => x.displayName.toLowerCase().includes(s) || x.mail.includes(s))
          .map((x) => ({
            id: x.id,
            displayName: x.displayName,
            jobTitle: x.jobTitle ?? null,
            department: x.department ?? null,
            userPrincipalName: x.userPrincipalName,
            scoredEmailAddresses: [{ address: x.mail, relevanceScore: 1 }],
          })),
      });
    }
    if (path === '/users' && method === 'GET') {
      route('users-search');
      if (h['consistencylevel'] !== 'eventual') {
        return err(400, 'Request_UnsupportedQuery', 'Search needs ConsistencyLevel: eventual');
      }
      const s = (q.get('$search') ?? '')
        .replace(/"/g, '')
        .replace(/^displayName:/, '')
        .toLowerCase();
      return json(200, {
        value: this.users
          .filter((x) => !x.external && x.displayName.toLowerCase().includes(s))
          .map((x) => this.userJson(x)),
      });
    }
    if (path === '/me/sendMail' && method === 'POST') {
      route('sendMail');
      this.sentMail.push((body as { message: Record<string, unknown> }).message);
      return json(202);
    }
    if (path.startsWith('/me/mailFolders/SentItems/messages') && method === 'GET') {
      route('sentItems-list');
      const key = /ep\/value eq '([^']*)'/.exec(q.get('$filter') ?? '')?.[1];
      return json(200, {
        value: this.sentMail.filter((m) => extValue(m) === key).map((m, i) => ({ id: `msg-${i}`, subject: m.subject })),
      });
    }
    if (path === '/me/calendar/getSchedule' && method === 'POST') {
      route('getSchedule');
      return this.schedule(
        body as { schedules: string[]; startTime: { dateTime: string }; endTime: { dateTime: string } },
      );
    }
    if (path === '/me/events' && method === 'POST') {
      route('event-create');
      return this.createEvent(body as Record<string, unknown>);
    }
    if (path === '/me/events' && method === 'GET') {
      route('events-list');
      const key = /ep\/value eq '([^']*)'/.exec(q.get('$filter') ?? '')?.[1];
      return json(200, {
        value: [...this.events.values()]
          .filter((e) => !e.cancelled && extValue(e) === key)
          .map((e) => this.eventJson(e)),
      });
    }
    if (seg[0] === 'me' && seg[1] === 'events' && seg[2]) {
      const [masterId, occDate] = seg[2].split('_occ_');
      const ev = this.events.get(masterId ?? '');
      if (!ev) {
        route('event-get');
        return err(404, 'ErrorItemNotFound');
      }
      if (seg[3] === 'instances' && method === 'GET') {
        route('event-instances');
        return json(200, { value: this.instances(ev, q) });
      }
      if (seg.length === 3 && method === 'PATCH') {
        route('event-update');
        const b = body as Record<string, unknown>;
        if (occDate) {
          ev.exceptions.set(occDate, { start: b.start, end: b.end });
          return json(200, { id: seg[2], type: 'exception', start: b.start, end: b.end });
        }
        Object.assign(ev, b);
        return json(200, this.eventJson(ev));
      }
      if (seg.length === 3 && method === 'GET') {
        route('event-get');
        return json(200, this.eventJson(ev));
      }
    }
    if (path === '/me/onlineMeetings' && method === 'GET') {
      route('onlineMeetings-list');
      const m = /JoinWebUrl eq '(.*)'$/.exec(q.get('$filter') ?? '');
      const join = m?.[1] ? decodeURIComponent(m[1]) : undefined;
      return json(200, { value: [...this.meetings.values()].filter((x) => x.joinWebUrl === join) });
    }
    if (seg[0] === 'me' && seg[1] === 'onlineMeetings' && seg[2] && method === 'PATCH') {
      route('onlineMeeting-update');
      const m = this.meetings.get(seg[2]);
      if (!m) return err(404, 'NotFound');
      const b = body as Record<string, unknown>;
      if (!this.opts.premium && ('watermarkProtection' in b || 'allowCopyingAndSharingMeetingContent' in b)) {
        return err(403, 'Forbidden', 'This feature needs Teams Premium');
      }
      Object.assign(m, b);
      return json(200, m);
    }
    if (seg[0] === 'chats' && seg[1]) {
      const chat = this.chats.get(seg[1]);
      if (seg[2] === 'installedApps' && method === 'POST') {
        route('installedApps-create');
        if (!chat) return err(404, 'NotFound', 'Chat not found');
        chat.installAttempts++;
        if (chat.installAttempts <= (this.opts.chatNotReadyFor ?? 0)) return err(404, 'NotFound', 'Chat not ready');
        const app = String((body as Record<string, unknown>)['teamsApp@odata.bind']);
        if (chat.apps.has(app)) return err(409, 'Conflict', 'App is already installed');
        chat.apps.add(app);
        return json(201);
      }
      if (seg[2] === 'tabs' && method === 'GET') {
        route('tabs-list');
        return chat ? json(200, { value: chat.tabs }) : err(404, 'NotFound');
      }
      if (seg[2] === 'tabs' && method === 'POST') {
        route('teamsTab-create');
        if (!chat) return err(404, 'NotFound');
        const b = body as Record<string, unknown>;
        if (!chat.apps.has(String(b['teamsApp@odata.bind']))) return err(400, 'BadRequest', 'Install the app first');
        const tab = { id: this.newId('tab-'), ...b };
        chat.tabs.push(tab);
        return json(201, tab);
      }
    }
    route('unknown');
    return err(404, 'notFound', `No fake route for ${method} ${path}`);
  }

  /** Simple upload to a document library: `replace` overwrites, otherwise an existing file is a 409. */
  private upload(
    site: Map<string, List>,
    listName: string,
    path: string,
    q: URLSearchParams,
    h: Record<string, string>,
    bytes: Uint8Array | undefined,
  ): Res {
    const lib = this.findList(site, listName);
    if (!lib) return err(404, 'itemNotFound', 'The library does not exist');
    if (lib.template !== 'documentLibrary') return err(400, 'invalidRequest', 'Not a document library');
    if (!bytes) return err(400, 'invalidRequest', 'No file content');
    if (/["*:<>?\\|]/.test(path)) return err(400, 'invalidRequest', 'The file name is not valid');
    const key = `${lib.displayName}/${path}`;
    const existing = this.files.get(key);
    const behaviour = q.get('@microsoft.graph.conflictBehavior') ?? 'fail';
    if (existing && behaviour !== 'replace') return err(409, 'nameAlreadyExists', 'The file exists');
    const name = path.split('/').pop()!;
    const file: FakeFile = {
      id: existing?.id ?? this.newId('file-'),
      name,
      bytes,
      contentType: h['content-type'] ?? 'application/octet-stream',
      version: (existing?.version ?? 0) + 1,
    };
    this.files.set(key, file);
    const webUrl = `https://northshire.example.sharepoint.com/sites/mappa/${encodeURI(key)}`;
    return json(existing ? 200 : 201, { id: file.id, name, size: bytes.length, webUrl });
  }

  private findList(site: Map<string, List>, nameOrId: string): List | undefined {
    return site.get(nameOrId) ?? [...site.values()].find((l) => l.displayName === nameOrId);
  }

  private itemJson(item: Item) {
    return { id: item.id, eTag: etag(item), fields: { ...item.fields, id: item.id, '@odata.etag': etag(item) } };
  }

  private uniqueClash(list: List, fields: Record<string, unknown>, selfId?: string): string | undefined {
    for (const c of list.columns.filter((x) => x.enforceUniqueValues)) {
      if (!(c.name in fields)) continue;
      for (const it of list.items.values()) {
        if (it.id !== selfId && it.fields[c.name] === fields[c.name]) return `Duplicate value in ${c.name}`;
      }
    }
    return undefined;
  }

  private createItem(list: List, body: unknown): Res {
    const fields = (body as { fields: Record<string, unknown> }).fields;
    const unknownCol = Object.keys(fields).find((k) => k !== 'Title' && !list.columns.some((c) => c.name === k));
    if (unknownCol) return err(400, 'invalidRequest', `Field '${unknownCol}' is not recognized`);
    const clash = this.uniqueClash(list, fields);
    if (clash) return err(409, 'nameAlreadyExists', clash);
    const item: Item = {
      id: String(list.nextId++),
      uuid: this.newId('') + '-0000-4000-8000-000000000000',
      version: 1,
      fields: { ...fields },
    };
    list.items.set(item.id, item);
    return json(201, this.itemJson(item));
  }

  private listItems(list: List, q: URLSearchParams, rel: string): Res {
    const filter = q.get('$filter');
    let match: (fields: Record<string, unknown>) => boolean = () => true;
    if (filter) {
      const parsed = parseItemFilter(filter);
      if (typeof parsed === 'string') return err(400, 'invalidRequest', parsed);
      for (const clause of parsed) {
        for (const alt of clause) {
          const col = list.columns.find((c) => c.name === alt.column);
          if (!col?.indexed) {
            return err(
              400,
              'invalidRequest',
              `Field '${alt.column}' cannot be referenced in filter or orderby as it is not indexed.`,
            );
          }
        }
      }
      match = (fields) =>
        parsed.every((clause) =>
          clause.some((alt) => {
            const v = fields[alt.column];
            return alt.op === 'eq' ? v === alt.value : typeof v === 'string' && v.startsWith(alt.value);
          }),
        );
    }
    const all = [...list.items.values()].filter((it) => match(it.fields));
    const top = Number(q.get('$top') ?? 200);
    const skip = Number(q.get('$skiptoken') ?? 0);
    const page = all.slice(skip, skip + top);
    const next =
      skip + top < all.length
        ? `https://graph.microsoft.com/v1.0${rel.split('?')[0]}?${withParam(q, '$skiptoken', String(skip + top))}`
        : undefined;
    return json(200, { value: page.map((i) => this.itemJson(i)), ...(next ? { '@odata.nextLink': next } : {}) });
  }

  private createEvent(b: Record<string, unknown>): Res {
    const tx = typeof b.transactionId === 'string' ? b.transactionId : undefined;
    const existing = tx ? this.txIds.get(tx) : undefined;
    if (existing) return json(201, this.eventJson(this.events.get(existing)!));
    const id = this.newId('evt-');
    const ev: Ev = {
      ...b,
      id,
      exceptions: new Map(),
      cancelled: false,
      type: b.recurrence ? 'seriesMaster' : 'singleInstance',
    };
    if (b.isOnlineMeeting) {
      const thread = `19:meeting_${id}@thread.v2`;
      const joinUrl = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=%7b%22Tid%22%3a%22t%22%7d`;
      const mId = this.newId('mtg-');
      this.meetings.set(mId, {
        id: mId,
        joinWebUrl: joinUrl,
        chatInfo: { threadId: thread, messageId: '0' },
        allowRecording: true,
        allowTranscription: true,
        allowedPresenters: 'everyone',
      });
      this.chats.set(thread, { apps: new Set(), tabs: [], installAttempts: 0 });
      ev.onlineMeeting = { joinUrl };
    }
    this.events.set(id, ev);
    if (tx) this.txIds.set(tx, id);
    return json(201, this.eventJson(ev));
  }

  private eventJson(ev: Ev) {
    const { exceptions: _x, cancelled: _c, ...rest } = ev;
    return rest;
  }

  /** Occurrences of a weekly series in the window, with moved ones as exceptions. */
  private instances(ev: Ev, q: URLSearchParams) {
    const from = q.get('startDateTime')?.slice(0, 10) ?? '0000';
    const to = q.get('endDateTime')?.slice(0, 10) ?? '9999';
    const rec = ev.recurrence as
      { pattern: { interval: number }; range: { startDate: string; endDate?: string; type: string } } | undefined;
    const start = ev.start as { dateTime: string; timeZone: string };
    const end = ev.end as { dateTime: string; timeZone: string };
    if (!rec) return [];
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      const d = addDaysIso(rec.range.startDate, i * 7 * rec.pattern.interval);
      if (rec.range.type === 'endDate' && rec.range.endDate && d > rec.range.endDate) break;
      if (d > to) break;
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

  private schedule(b: { schedules: string[]; startTime: { dateTime: string }; endTime: { dateTime: string } }): Res {
    return json(200, {
      value: b.schedules.map((address) => {
        const u = this.users.find((x) => x.mail === address);
        if (!u || u.external) {
          return {
            scheduleId: address,
            error: { message: 'The user is outside your organisation', responseCode: 'ErrorProxyRequestNotAllowed' },
          };
        }
        const items = this.busy.get(address) ?? [];
        return {
          scheduleId: address,
          availabilityView: '',
          scheduleItems: items.map((x) => ({
            status: 'busy',
            isPrivate: true,
            start: { dateTime: x.start, timeZone: 'UTC' },
            end: { dateTime: x.end, timeZone: 'UTC' },
          })),
        };
      }),
    });
  }

  /** Busy times per address, as UTC date-times without offset (Graph's form). */
  readonly busy = new Map<string, { start: string; end: string }[]>();

  private userJson(u: FakeUser) {
    return {
      id: u.id,
      displayName: u.displayName,
      mail: u.mail,
      userPrincipalName: u.userPrincipalName,
      userType: u.userType,
      jobTitle: u.jobTitle ?? null,
      department: u.department ?? null,
    };
  }

  /** Series masters (not cancelled) stamped with an app key. */
  seriesFor(key: string) {
    return [...this.events.values()].filter((e) => extValue(e) === key);
  }
}

type FilterTerm = { op: 'eq' | 'startswith'; column: string; value: string };

/**
 * The list-item filters SharePoint answers through Graph, as far as the app uses them: clauses
 * joined by `and`, each a term or a parenthesised `or` of terms, a term being
 * `fields/X eq '…'` or `startswith(fields/X,'…')`. Anything else is refused, as Graph would.
 */
function parseItemFilter(filter: string): FilterTerm[][] | string {
  const clauses = splitOutsideQuotes(filter, ' and ');
  const out: FilterTerm[][] = [];
  for (const raw of clauses) {
    let c = raw.trim();
    if (c.startsWith('(') && c.endsWith(')')) c = c.slice(1, -1);
    const alts: FilterTerm[] = [];
    for (const t of splitOutsideQuotes(c, ' or ')) {
      const eq = /^fields\/(\w+) eq '((?:[^']|'')*)'$/.exec(t.trim());
      const sw = /^startswith\(fields\/(\w+),\s*'((?:[^']|'')*)'\)$/.exec(t.trim());
      const m = eq ?? sw;
      if (!m) return 'Unsupported filter';
      alts.push({ op: eq ? 'eq' : 'startswith', column: m[1]!, value: m[2]!.replace(/''/g, "'") });
    }
    out.push(alts);
  }
  return out;
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'") {
      inQuote = !inQuote;
    } // '' inside a string toggles twice
    else if (!inQuote && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const etag = (i: Item) => `"${i.uuid},${i.version}"`;

function extValue(x: Record<string, unknown>): string | undefined {
  const props = x.singleValueExtendedProperties as { id: string; value: string }[] | undefined;
  return props?.find((p) => / Name Mappa/.test(p.id))?.value;
}

function lowerHeaders(h: HeadersInit | Record<string, string> | undefined): Record<string, string> {
  if (!h) return {};
  const out: Record<string, string> = {};
  new Headers(h as HeadersInit).forEach((v, k) => (out[k.toLowerCase()] = v));
  return out;
}

function withParam(q: URLSearchParams, k: string, v: string) {
  const c = new URLSearchParams(q);
  c.set(k, v);
  return c.toString();
}

function addDaysIso(d: string, days: number) {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function toResponse(r: Res): Response {
  const headers = new Headers(r.headers);
  if (r.body !== undefined) headers.set('Content-Type', 'application/json');
  return new Response(r.body === undefined ? null : JSON.stringify(r.body), { status: r.status, headers });
}
