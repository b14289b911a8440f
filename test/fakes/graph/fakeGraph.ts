import { appendFileSync } from 'node:fs';

import { runBatch } from './batch';
import { err, GRAPH_ROOT, json, lowerHeaders, parseRequest, toResponse, type Res } from './http';
import { parseQueryOptions } from './odata';
import { checkScopes, scopesFromAuthorization } from './permissions';
import { chatRoutes } from './resources/chats';
import { directoryRoutes } from './resources/directory';
import { driveItemRoutes, driveRoutes } from './resources/drive';
import { eventRoutes } from './resources/events';
import { mailRoutes } from './resources/mail';
import { onlineMeetingRoutes } from './resources/onlineMeetings';
import { siteRoutes } from './resources/sites';
import { matchRoute, type Route } from './router';
import type { Chat, Ev, FakeDrive, FakeFile, FakeGraphOptions, FakeState, FakeUser, List } from './state';

export type { FakeFile, FakeGraphOptions, FakeUser } from './state';

/**
 * An in-process fake of the Microsoft Graph endpoints MAPPA Panel uses, as a fetch-compatible
 * function. Each resource lives in its own module under `resources/`, behind a small router; this
 * class holds the state, parses each request as an HTTP server does (`http.ts`, `odata.ts`),
 * enforces the token's scopes (`permissions.ts`), answers `$batch` (`batch.ts`), and injects faults.
 *
 * Faults, in order from `faults` (HTTP calls only) or at random from `randomFaultRate`:
 * - `429`, `503`: answered without applying the request;
 * - `timeout`: the request never arrives;
 * - `504`: the change is applied, then the gateway answers 504;
 * - `lost`: the change is applied and the answer is lost on the way back.
 *
 * Every request body is recorded with the route it matched; when GRAPH_REQUEST_LOG names a file the
 * records are appended to it as JSON lines for `npm run check:graph`. When GRAPH_CAPTURE names a
 * file, every request received is appended as `{method, url, body}` (see docs/graph.md).
 */

export type Fault = '429' | '503' | '504' | 'timeout' | 'lost';
export type Recorded = { route: string; method: string; url: string; body: unknown };

const routes: readonly Route[] = [
  ...siteRoutes,
  ...driveRoutes,
  ...driveItemRoutes,
  ...eventRoutes,
  ...onlineMeetingRoutes,
  ...chatRoutes,
  ...mailRoutes,
  ...directoryRoutes,
];

export class FakeGraph implements FakeState {
  readonly recorded: Recorded[] = [];
  roundTrips = 0;
  operations = 0;
  /** Faults to apply to the next HTTP calls, in order. */
  readonly faults: Fault[] = [];
  /** Probability of a random fault on every request, from a seeded generator. */
  randomFaultRate = 0;
  private readonly targeted: { when: (method: string, url: string) => boolean; fault: Fault }[] = [];
  readonly sites = new Map<string, Map<string, List>>();
  readonly events = new Map<string, Ev>();
  readonly txIds = new Map<string, string>();
  readonly meetings = new Map<string, Record<string, unknown>>();
  readonly chats = new Map<string, Chat>();
  readonly sentMail: Record<string, unknown>[] = [];
  readonly meetingUpdates: { eventId: string; to: string[] }[] = [];
  /** Files uploaded to document libraries, keyed `list display name/path`. */
  readonly files = new Map<string, FakeFile>();
  readonly drives = new Map<string, FakeDrive>();
  readonly busy = new Map<string, { start: string; end: string }[]>();
  me: FakeUser;
  readonly users: FakeUser[];
  private counter = 0;
  private rng: number;

  constructor(readonly opts: FakeGraphOptions = {}) {
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
    const parsed = parseRequest(method, url, headers, body, bytes);
    const isBatch = typeof parsed !== 'string' && parsed.rawPath === '/$batch' && method === 'POST';
    this.capture(method, url.startsWith(GRAPH_ROOT) ? url.slice(GRAPH_ROOT.length) : url, body, isBatch);

    const fault = this.targetedFault(method, url, body, isBatch) ?? this.nextFault();
    if (fault === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    if (fault === '429' || fault === '503') {
      return toResponse(
        json(Number(fault), { error: { code: 'throttled', message: 'Slow down' } }, { 'Retry-After': '2' }),
      );
    }
    let res: Res;
    const scopes = scopesFromAuthorization(headers.authorization);
    if (typeof parsed === 'string') res = err(400, 'BadRequest', parsed);
    else if (!scopes) res = err(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    else if (isBatch) {
      res = runBatch(
        body,
        (m, h) => {
          const p = parseRequest(m.method, m.url, h, m.body);
          return typeof p === 'string' ? err(400, 'BadRequest', p) : this.handle(p, scopes);
        },
        () => this.memberFault(),
      );
    } else res = this.handle(parsed, scopes);
    // The change above has been made; the caller cannot know.
    if (fault === 'lost') throw new TypeError('Failed to fetch');
    if (fault === '504') return toResponse(err(504, 'GatewayTimeout', 'The gateway timed out'));
    return toResponse(res);
  };

  private handle(req: Exclude<ReturnType<typeof parseRequest>, string>, scopes: readonly string[]): Res {
    const match = matchRoute(routes, req.method, req.segments);
    if (!match) {
      this.record('unknown', req.method, req.rawPath, req.body);
      return err(404, 'notFound', `No fake route for ${req.method} ${req.rawPath}`);
    }
    const denied = checkScopes(req.method, match.route.template, scopes, this.opts.siteRole ?? 'manage');
    if (denied) return denied;
    this.record(
      match.route.name,
      req.method,
      `${req.rawPath}${req.query.toString() ? `?${req.query.toString()}` : ''}`,
      req.body,
    );
    const opts = parseQueryOptions(req.query);
    if (typeof opts === 'string') return err(400, 'BadRequest', opts);
    return match.route.handle({
      req,
      ids: match.ids,
      ...(match.path !== undefined ? { path: match.path } : {}),
      opts,
      state: this,
    });
  }

  /** Appends each request received to GRAPH_CAPTURE: `$batch` members one by one, never headers or tokens. */
  private capture(method: string, url: string, body: unknown, isBatch: boolean) {
    const file = process.env.GRAPH_CAPTURE;
    if (!file) return;
    const lines = isBatch
      ? (((body as { requests?: { method: string; url: string; body?: unknown }[] })?.requests ?? []).map((m) => ({
          method: m.method,
          url: m.url,
          body: m.body ?? null,
        })) as unknown[])
      : [{ method, url, body: body ?? null }];
    appendFileSync(file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }

  /**
   * A fault for the next HTTP call that `when` picks, by method and URL relative to the version
   * root; a `$batch` is picked when one of its members is. Used once.
   */
  failNext(when: (method: string, url: string) => boolean, fault: Fault) {
    this.targeted.push({ when, fault });
  }

  private targetedFault(method: string, url: string, body: unknown, isBatch: boolean): Fault | undefined {
    const rel = url.startsWith(GRAPH_ROOT) ? url.slice(GRAPH_ROOT.length) : url;
    const calls = isBatch
      ? ((body as { requests?: { method: string; url: string }[] })?.requests ?? []).map((m) => [m.method, m.url])
      : [[method, rel]];
    const i = this.targeted.findIndex((t) => calls.some(([m, u]) => t.when(m!, u!)));
    return i < 0 ? undefined : this.targeted.splice(i, 1)[0]!.fault;
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

  newId(prefix: string) {
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

  /** Series masters (not cancelled) stamped with an app key. */
  seriesFor(key: string) {
    return [...this.events.values()].filter((e) => extValue(e) === key);
  }
}

function extValue(x: Record<string, unknown>): string | undefined {
  const props = x.singleValueExtendedProperties as { id: string; value: string }[] | undefined;
  return props?.find((p) => / Name Mappa/.test(p.id))?.value;
}
