/**
 * Request parsing and responses for the fake Graph, done the way an HTTP server does it: the URL is
 * decoded exactly once (each path segment with decodeURIComponent, the query with URLSearchParams),
 * and every later comparison uses those decoded values. A client that encodes a value twice therefore
 * finds nothing, as against Microsoft Graph.
 */

export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

export type Res = { status: number; body?: unknown; headers: Record<string, string> };

export const json = (status: number, body?: unknown, headers: Record<string, string> = {}): Res => ({
  status,
  body,
  headers,
});

/** Graph's error shape: `{ error: { code, message, innerError } }`. */
export const err = (status: number, code: string, message = code): Res =>
  json(status, {
    error: {
      code,
      message,
      innerError: { date: '2026-01-05T09:00:00', 'request-id': 'fake', 'client-request-id': 'fake' },
    },
  });

export type ParsedRequest = {
  method: string;
  /** The path relative to the version root as sent (still encoded), for logs and next links. */
  rawPath: string;
  /** Path segments, each decoded once. */
  segments: string[];
  /** The query, decoded once with URLSearchParams semantics. */
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  bytes?: Uint8Array;
};

/**
 * Parses a request URL relative to the version root (`/me/events?$top=5`) or absolute under it.
 * Returns a message for what Graph would refuse as malformed.
 */
export function parseRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: unknown,
  bytes?: Uint8Array,
): ParsedRequest | string {
  const rel = url.startsWith(GRAPH_ROOT) ? url.slice(GRAPH_ROOT.length) : url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(rel)) return `Not a URL under ${GRAPH_ROOT}`;
  const withSlash = rel.startsWith('/') ? rel : `/${rel}`;
  const q = withSlash.indexOf('?');
  const rawPath = q < 0 ? withSlash : withSlash.slice(0, q);
  const rawQuery = q < 0 ? '' : withSlash.slice(q + 1);
  let segments: string[];
  try {
    segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return 'The path is not valid percent-encoding';
  }
  return {
    method: method.toUpperCase(),
    rawPath,
    segments,
    query: new URLSearchParams(rawQuery),
    headers,
    body,
    bytes,
  };
}

export function lowerHeaders(h: HeadersInit | Record<string, string> | undefined): Record<string, string> {
  if (!h) return {};
  const out: Record<string, string> = {};
  new Headers(h as HeadersInit).forEach((v, k) => (out[k.toLowerCase()] = v));
  return out;
}

export function toResponse(r: Res): Response {
  const headers = new Headers(r.headers);
  if (r.body !== undefined) headers.set('Content-Type', 'application/json');
  return new Response(r.body === undefined ? null : JSON.stringify(r.body), { status: r.status, headers });
}
