import { Client, ResponseType, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

import { z } from 'zod';

import type { TokenPort } from '../../core/ports';
import { PermissionError, UnavailableError } from '../../core/shared/errors';
import { baseScopes, permissionNeededFor } from './scopes';
import { lazySchema } from '../../core/shared/lazySchema';

/** Microsoft Graph v1.0 in the public cloud: the only Graph the app talks to (national clouds are not offered). */
export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

export type GraphRequest = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path relative to the version root, e.g. `/me/events`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * Whether a request may be sent again after a timeout or a lost response, when it may already
   * have taken effect. True for reads and for writes made idempotent (eTag, transactionId, unique key).
   */
  safeToRepeat: boolean;
  /** A file's bytes rather than JSON: sent on its own, never inside a `$batch` (which carries JSON). */
  binary?: boolean;
  /** Delegated scopes this request needs beyond the base set; asked for (with consent if need be) when sent. */
  scopes?: readonly string[];
};

export type GraphResponse = { status: number; headers: Record<string, string>; body: unknown };

/** A Graph call failed for good (after retries). Carries the status and Graph's error code, never tokens or content. */
export class GraphCallError extends UnavailableError {
  override readonly name = 'GraphCallError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly request: string,
  ) {
    super(
      status === 0
        ? `Microsoft 365 did not answer (${request}). Nothing is lost; try again in a moment.`
        : `Microsoft 365 refused a request (${request}): ${status} ${code}`,
    );
  }
}

export type TransportOptions = {
  /** Sleeps between retries; tests pass one that only records the delay. */
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
  /** Gathers requests issued together into one `$batch` round trip. */
  autoBatch?: boolean;
  /** Access tokens, asked for per request with the scopes that request needs. */
  tokens?: TokenPort;
  /** Scopes every request carries (the sign-in set). */
  baseScopes?: readonly string[];
};

/** Throttled: Graph did not run the request, so it is always safe to send again. */
const THROTTLED = 429;
/** Unavailable or timed out at the gateway: the request may have run, so only repeatable ones are sent again. */
const MAYBE_RAN = new Set([503, 504]);
const BATCH_LIMIT = 20;

/**
 * The one path to Microsoft Graph. It sends through a Graph client, honours Retry-After on 429
 * and 503 (also for throttled members of a `$batch`, which Graph's own retry handler does not look
 * into), repeats timeouts, 503 and 504 only where that is safe (never sendMail, a new tab, or a
 * `$batch` holding such a request), and gathers requests made in the same turn into one `$batch`,
 * which is what keeps opening a panel to one or two round trips. Each HTTP call carries a token
 * for the base scopes plus those its requests need.
 */
export class GraphTransport {
  private queue: { req: GraphRequest; resolve: (r: GraphResponse) => void; reject: (e: unknown) => void }[] = [];
  private flushScheduled = false;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxRetries: number;
  private readonly autoBatch: boolean;
  private readonly tokens: TokenPort | undefined;
  private readonly baseScopes: readonly string[];

  constructor(
    private readonly client: Client,
    opts: TransportOptions = {},
  ) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.maxRetries = opts.maxRetries ?? 4;
    this.autoBatch = opts.autoBatch ?? true;
    this.tokens = opts.tokens;
    this.baseScopes = opts.baseScopes ?? baseScopes;
  }

  send(request: GraphRequest): Promise<GraphResponse> {
    let req: GraphRequest;
    try {
      req = { ...request, url: relativeUrl(request.url) };
    } catch (e) {
      return Promise.reject(e);
    }
    if (!this.autoBatch || req.binary) return this.sendOne(req);
    return new Promise((resolve, reject) => {
      this.queue.push({ req, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setTimeout(() => void this.flush(), 0);
      }
    });
  }

  /** Sends, then raises GraphCallError unless the status is one the caller expects. */
  async call(req: GraphRequest, ok: readonly number[] = [200, 201, 202, 204]): Promise<GraphResponse> {
    const res = await this.send(req);
    if (!ok.includes(res.status)) throw refusal(res, req);
    return res;
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    const items = this.queue;
    this.queue = [];
    for (let i = 0; i < items.length; i += BATCH_LIMIT) {
      const chunk = items.slice(i, i + BATCH_LIMIT);
      if (chunk.length === 1) {
        const only = chunk[0]!;
        this.sendOne(only.req).then(only.resolve, only.reject);
        continue;
      }
      this.sendBatch(chunk.map((c) => c.req)).then(
        (results) =>
          results.forEach((r, j) => {
            const item = chunk[j]!;
            if (r instanceof Error) item.reject(r);
            else item.resolve(r);
          }),
        (e: unknown) => chunk.forEach((c) => c.reject(e)),
      );
    }
  }

  private async sendOne(req: GraphRequest): Promise<GraphResponse> {
    for (let attempt = 0; ; attempt++) {
      let res: GraphResponse;
      try {
        res = await this.raw(req, req.scopes ?? []);
      } catch (e) {
        if (e instanceof TokenError) throw e.cause;
        if (!req.safeToRepeat || attempt >= this.maxRetries) {
          throw new GraphCallError(0, 'noResponse', `${req.method} ${shortPath(req.url)}`);
        }
        await this.sleep(backoff(attempt));
        continue;
      }
      if (mayResend(res.status, req) && attempt < this.maxRetries) {
        await this.sleep(retryAfterMs(res.headers['retry-after'], attempt));
        continue;
      }
      return res;
    }
  }

  /** One `$batch` of up to 20 independent requests; throttled members are re-sent after their Retry-After. */
  private async sendBatch(reqs: readonly GraphRequest[]): Promise<(GraphResponse | Error)[]> {
    const results: (GraphResponse | Error | undefined)[] = reqs.map(() => undefined);
    let pending = reqs.map((_, i) => i);
    for (let attempt = 0; pending.length > 0; attempt++) {
      const body = {
        requests: pending.map((i) => {
          const r = reqs[i]!;
          const headers = {
            ...(r.headers ?? {}),
            ...(r.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          };
          return {
            id: String(i),
            method: r.method,
            url: r.url,
            ...(Object.keys(headers).length ? { headers } : {}),
            ...(r.body !== undefined ? { body: r.body } : {}),
          };
        }),
      };
      let envelope: GraphResponse;
      try {
        const scopes = pending.flatMap((i) => reqs[i]!.scopes ?? []);
        envelope = await this.raw({ method: 'POST', url: '/$batch', body, safeToRepeat: false }, scopes);
      } catch (e) {
        if (e instanceof TokenError) {
          // No token for the extra scopes (consent refused): those members fail with that reason,
          // and the rest go again with the scopes they need, so one refusal does not sink them.
          const base = new Set(this.baseScopes);
          const needsMore = (i: number) => (reqs[i]!.scopes ?? []).some((s) => !base.has(s));
          if (!pending.some(needsMore)) throw e.cause;
          const reason = e.cause instanceof Error ? e.cause : new Error(String(e.cause));
          pending.filter(needsMore).forEach((i) => (results[i] = reason));
          pending = pending.filter((i) => !needsMore(i));
          attempt--;
          continue;
        }
        // The batch may or may not have run: repeat only the members that are safe to repeat.
        const unsafe = pending.filter((i) => !reqs[i]!.safeToRepeat);
        unsafe.forEach(
          (i) => (results[i] = new GraphCallError(0, 'noResponse', `${reqs[i]!.method} ${shortPath(reqs[i]!.url)}`)),
        );
        pending = pending.filter((i) => reqs[i]!.safeToRepeat);
        if (attempt >= this.maxRetries) break;
        await this.sleep(backoff(attempt));
        continue;
      }
      if (envelope.status === THROTTLED || MAYBE_RAN.has(envelope.status)) {
        if (MAYBE_RAN.has(envelope.status)) {
          // The batch may have run: its members that must not run twice get the answer as it is.
          for (const i of pending.filter((i) => !reqs[i]!.safeToRepeat)) {
            results[i] = { status: envelope.status, headers: envelope.headers, body: envelope.body };
          }
          pending = pending.filter((i) => reqs[i]!.safeToRepeat);
        }
        if (attempt >= this.maxRetries || pending.length === 0) break;
        await this.sleep(retryAfterMs(envelope.headers['retry-after'], attempt));
        continue;
      }
      const parsed = BatchEnvelope.safeParse(envelope.body);
      if (envelope.status !== 200 || !parsed.success) {
        pending.forEach(
          (i) => (results[i] = new GraphCallError(envelope.status, errorCode(envelope.body), 'POST /$batch')),
        );
        return results.map((r) => r ?? new GraphCallError(0, 'noResponse', 'POST /$batch'));
      }
      let wait = 0;
      const again: number[] = [];
      for (const m of parsed.data.responses) {
        const i = Number(m.id);
        if (!pending.includes(i)) continue;
        const headers = lower(m.headers ?? {});
        if (mayResend(m.status, reqs[i]!) && attempt < this.maxRetries) {
          again.push(i);
          wait = Math.max(wait, retryAfterMs(headers['retry-after'], attempt));
        } else results[i] = { status: m.status, headers, body: m.body };
      }
      // A member missing from the answer is treated like a lost response.
      for (const i of pending) {
        if (results[i] === undefined && !again.includes(i)) {
          if (reqs[i]!.safeToRepeat && attempt < this.maxRetries) again.push(i);
          else results[i] = new GraphCallError(0, 'noResponse', `${reqs[i]!.method} ${shortPath(reqs[i]!.url)}`);
        }
      }
      pending = again;
      if (pending.length) await this.sleep(wait || backoff(attempt));
    }
    return results.map(
      (r, i) => r ?? new GraphCallError(0, 'noResponse', `${reqs[i]!.method} ${shortPath(reqs[i]!.url)}`),
    );
  }

  private async raw(req: GraphRequest, scopes: readonly string[]): Promise<GraphResponse> {
    let r = this.client.api(req.url).responseType(ResponseType.RAW);
    const sent = { ...(req.headers ?? {}) };
    if (this.tokens) {
      const wanted = [...new Set([...this.baseScopes, ...scopes])];
      let token: string;
      try {
        token = await this.tokens.getAccessToken(wanted);
      } catch (e) {
        // Not a lost answer: nothing was sent. The sign-in or consent problem goes to the caller as it is.
        throw new TokenError(e);
      }
      sent.Authorization = `Bearer ${token}`;
    }
    if (Object.keys(sent).length) r = r.headers(sent);
    const res: Response =
      req.method === 'GET'
        ? await r.get()
        : req.method === 'POST'
          ? await r.post(req.body ?? {})
          : req.method === 'PATCH'
            ? await r.patch(req.body ?? {})
            : req.method === 'PUT'
              ? await r.put(req.body ?? {})
              : await r.delete();
    const text = await res.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    return { status: res.status, headers, body };
  }
}

const BatchEnvelope = lazySchema(() =>
  z.object({
    responses: z.array(
      z.object({
        id: z.string(),
        status: z.number().int(),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.unknown().optional(),
      }),
    ),
  }),
);

/** Whether an answer with this status may be followed by sending the same request again. */
const mayResend = (status: number, req: GraphRequest) =>
  status === THROTTLED || (MAYBE_RAN.has(status) && req.safeToRepeat);

class TokenError extends Error {
  constructor(override readonly cause: unknown) {
    super('No access token');
  }
}

/**
 * A URL relative to the version root, as `$batch` requires
 * (https://learn.microsoft.com/graph/json-batching). An absolute `@odata.nextLink` under the
 * Graph root becomes relative; any other absolute URL is refused, so a token never goes elsewhere.
 */
export function relativeUrl(url: string): string {
  if (url.startsWith(`${GRAPH_ROOT}/`)) return url.slice(GRAPH_ROOT.length);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) throw new GraphCallError(0, 'foreignUrl', 'a link outside Microsoft Graph');
  return url.startsWith('/') ? url : `/${url}`;
}

/** The error for an answer the caller did not expect: a 403 names the missing permission. */
export function refusal(res: { status: number; body?: unknown }, req: { method: string; url: string }): Error {
  if (res.status === 403) {
    const need = permissionNeededFor(req.method, req.url);
    return new PermissionError(need.permission, need.action, need.adminStep);
  }
  return new GraphCallError(res.status, errorCode(res.body), `${req.method} ${shortPath(req.url)}`);
}

const lower = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

function retryAfterMs(header: string | undefined, attempt: number): number {
  if (header) {
    const secs = Number(header);
    if (Number.isFinite(secs) && secs >= 0) return Math.min(secs, 180) * 1000;
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(0, Math.min(at - Date.now(), 180_000));
  }
  return backoff(attempt);
}

const backoff = (attempt: number) => Math.min(2 ** attempt * 1000, 30_000);

export const errorCode = (body: unknown): string => {
  const parsed = z.object({ error: z.object({ code: z.string() }) }).safeParse(body);
  return parsed.success ? parsed.data.error.code : 'unknown';
};

/** The path without ids or query, for error messages that must not carry content. */
const shortPath = (url: string) => url.split('?')[0]!.replace(/\/[^/]*[0-9a-f]{8,}[^/]*/gi, '/…');

/**
 * A Graph client whose only step is the given fetch (the browser's, or the fake Graph in tests).
 * Tokens are added by the transport, per request, with the scopes that request needs.
 */
export function createGraphClient(opts: { baseUrl: string; fetch: typeof fetch }): Client {
  const terminal: Middleware = {
    async execute(context: Context) {
      context.response = await opts.fetch(context.request as string, context.options);
    },
  };
  return Client.initWithMiddleware({ middleware: terminal, baseUrl: opts.baseUrl, defaultVersion: 'v1.0' });
}
