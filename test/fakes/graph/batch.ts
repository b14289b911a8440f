/**
 * `$batch` as Microsoft Graph documents it (https://learn.microsoft.com/graph/json-batching): at
 * most 20 requests; ids unique (case-insensitively); each `url` relative to the version root (an
 * absolute one fails the batch, as a malformed payload); a body needs a Content-Type header;
 * `dependsOn` orders members after the ones they name, and a member whose dependency failed is
 * answered 424 Failed Dependency without running. The envelope is 200 whatever the members' fates.
 */
import { err, json, lowerHeaders, type Res } from './http';

export const BATCH_LIMIT = 20;

export type BatchMember = {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
};

export function batchMembers(body: unknown): BatchMember[] | string {
  const reqs = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(reqs)) return 'The batch has no requests array';
  for (const r of reqs as Partial<BatchMember>[]) {
    if (typeof r?.id !== 'string' || !r.id || typeof r.method !== 'string' || typeof r.url !== 'string') {
      return 'Each request needs an id, a method and a url';
    }
    if (r.dependsOn !== undefined && !Array.isArray(r.dependsOn)) return 'dependsOn must be an array of ids';
  }
  return reqs as BatchMember[];
}

export function runBatch(
  body: unknown,
  handle: (m: BatchMember, headers: Record<string, string>) => Res,
  memberFault: () => '429' | '503' | undefined,
): Res {
  const reqs = batchMembers(body);
  if (typeof reqs === 'string') return err(400, 'BadRequest', reqs);
  if (reqs.length > BATCH_LIMIT) {
    return err(400, 'BadRequest', `A batch holds at most ${BATCH_LIMIT} requests; this one has ${reqs.length}`);
  }
  const byId = new Map(reqs.map((r) => [r.id.toLowerCase(), r]));
  if (byId.size !== reqs.length) return err(400, 'BadRequest', 'Batch request ids must be unique');
  for (const r of reqs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(r.url)) {
      return err(400, 'BadRequest', `Request ${r.id}: the url must be relative to the version, e.g. /me/events`);
    }
    for (const d of r.dependsOn ?? []) {
      if (!byId.has(d.toLowerCase())) return err(400, 'BadRequest', `Request ${r.id} depends on unknown id ${d}`);
    }
  }
  // Members run after every member they depend on; a cycle can never run, so it fails the batch up front.
  const order: BatchMember[] = [];
  const placed = new Set<string>();
  while (order.length < reqs.length) {
    const next = reqs.find(
      (r) => !placed.has(r.id.toLowerCase()) && (r.dependsOn ?? []).every((d) => placed.has(d.toLowerCase())),
    );
    if (!next) return err(400, 'BadRequest', 'The dependsOn references form a cycle');
    order.push(next);
    placed.add(next.id.toLowerCase());
  }
  const statuses = new Map<string, number>();
  const responses = order.map((r) => {
    const headers = lowerHeaders(r.headers);
    let res: Res;
    if ((r.dependsOn ?? []).some((d) => (statuses.get(d.toLowerCase()) ?? 0) >= 400)) {
      res = err(424, 'FailedDependency', 'A request this one depends on failed');
    } else if (r.body !== undefined && !headers['content-type']) {
      res = err(400, 'BadRequest', 'A request with a body needs a Content-Type header');
    } else {
      const f = memberFault();
      res = f
        ? json(Number(f), { error: { code: 'throttled', message: 'Slow down' } }, { 'Retry-After': '1' })
        : handle(r, headers);
    }
    statuses.set(r.id.toLowerCase(), res.status);
    return {
      id: r.id,
      status: res.status,
      headers: res.headers,
      ...(res.body !== undefined ? { body: res.body } : {}),
    };
  });
  return json(200, { responses });
}
