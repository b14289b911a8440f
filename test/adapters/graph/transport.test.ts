import { ensureSite, listNameFor } from '../../../src/adapters/graph/graphStore';
import { createGraphClient, GraphTransport } from '../../../src/adapters/graph/transport';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { acknowledgementKind } from '../../../src/core/confidentiality/acknowledgement.schema';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { SITE_ID } from '../../fakes/graph/harness';
import { graphWorld } from '../../fakes/graph/scenario';

type Call = { url: string; body?: unknown };

/** A scripted Graph: each answer is taken in turn. */
function scripted(
  answers: ((call: Call) => { status: number; body?: unknown; headers?: Record<string, string> } | 'lost')[],
) {
  const calls: Call[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined };
    calls.push(call);
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    const a = next(call);
    if (a === 'lost') throw new TypeError('Failed to fetch');
    return new Response(a.body === undefined ? null : JSON.stringify(a.body), {
      status: a.status,
      headers: { 'Content-Type': 'application/json', ...(a.headers ?? {}) },
    });
  };
  const sleeps: number[] = [];
  const t = new GraphTransport(
    createGraphClient({ baseUrl: 'https://graph.microsoft.com/', fetch: fetchFn as typeof fetch }),
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
  );
  return { t, calls, sleeps };
}

describe('Graph transport', () => {
  it('gathers requests made together into one $batch and re-sends only the throttled member after its Retry-After', async () => {
    const { t, calls, sleeps } = scripted([
      () => ({
        status: 200,
        body: {
          responses: [
            { id: '0', status: 200, body: { a: 1 } },
            { id: '1', status: 429, headers: { 'Retry-After': '7' }, body: {} },
          ],
        },
      }),
      (c) => {
        expect((c.body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual(['1']);
        return { status: 200, body: { responses: [{ id: '1', status: 200, body: { b: 2 } }] } };
      },
    ]);
    const [a, b] = await Promise.all([
      t.send({ method: 'GET', url: '/me', safeToRepeat: true }),
      t.send({ method: 'GET', url: '/me/people', safeToRepeat: true }),
    ]);
    expect([a.body, b.body]).toEqual([{ a: 1 }, { b: 2 }]);
    expect(calls.map((c) => c.url)).toEqual([
      'https://graph.microsoft.com/v1.0/$batch',
      'https://graph.microsoft.com/v1.0/$batch',
    ]);
    expect(sleeps).toEqual([7000]);
  });

  it('does not repeat a request that is unsafe to repeat when the answer is lost', async () => {
    const { t, calls } = scripted([() => 'lost']);
    await expect(t.send({ method: 'POST', url: '/me/sendMail', body: {}, safeToRepeat: false })).rejects.toMatchObject({
      name: 'GraphCallError',
      status: 0,
    });
    expect(calls).toHaveLength(1);
  });

  it('repeats a safe request after a 503 and after a lost answer', async () => {
    const { t, calls } = scripted([
      () => ({ status: 503, headers: { 'Retry-After': '1' } }),
      () => 'lost',
      () => ({ status: 200, body: { ok: true } }),
    ]);
    await expect(t.send({ method: 'GET', url: '/me', safeToRepeat: true })).resolves.toMatchObject({ status: 200 });
    expect(calls).toHaveLength(3);
  });

  it('never re-sends a batch after 503 or 504 while it holds a request that must not run twice', async () => {
    const { t, calls } = scripted([
      () => ({ status: 504, body: { error: { code: 'GatewayTimeout' } } }),
      (c) => {
        // Only the repeatable member goes again.
        expect((c.body as { requests: { url: string }[] }).requests.map((r) => r.url)).toEqual(['/me']);
        return { status: 200, body: { responses: [{ id: '0', status: 200, body: { a: 1 } }] } };
      },
    ]);
    const [me, mail] = await Promise.all([
      t.send({ method: 'GET', url: '/me', safeToRepeat: true }),
      t.send({ method: 'POST', url: '/me/sendMail', body: {}, safeToRepeat: false }),
    ]);
    expect(me.status).toBe(200);
    expect(mail.status).toBe(504);
    expect(calls).toHaveLength(2);
  });

  it('does not repeat a non-repeatable request answered 503, but repeats a throttled one', async () => {
    const { t, calls } = scripted([
      () => ({ status: 503 }),
      () => ({ status: 429, headers: { 'Retry-After': '1' } }),
      () => ({ status: 202 }),
    ]);
    expect((await t.send({ method: 'POST', url: '/me/sendMail', body: {}, safeToRepeat: false })).status).toBe(503);
    expect((await t.send({ method: 'POST', url: '/me/sendMail', body: {}, safeToRepeat: false })).status).toBe(202);
    expect(calls).toHaveLength(3);
  });

  it('puts an absolute next link into $batch as a relative URL, and refuses links outside Graph', async () => {
    const { t, calls } = scripted([
      () => ({
        status: 200,
        body: { responses: [0, 1].map((i) => ({ id: String(i), status: 200, body: {} })) },
      }),
    ]);
    await Promise.all([
      t.send({
        method: 'GET',
        url: 'https://graph.microsoft.com/v1.0/sites/s/lists/l/items?$skiptoken=o2',
        safeToRepeat: true,
      }),
      t.send({ method: 'GET', url: '/me', safeToRepeat: true }),
    ]);
    expect((calls[0]!.body as { requests: { url: string }[] }).requests[0]!.url).toBe(
      '/sites/s/lists/l/items?$skiptoken=o2',
    );
    await expect(t.send({ method: 'GET', url: 'https://example.com/steal', safeToRepeat: true })).rejects.toMatchObject(
      {
        name: 'GraphCallError',
      },
    );
    expect(calls).toHaveLength(1);
  });
});

describe('paging through the fake Graph', () => {
  it('reads every page of two long lists whose next pages travel together in $batch', async () => {
    const w = await graphWorld();
    // Two plain lists (a case's documents live in the case library instead).
    const lists = [auditKind, acknowledgementKind] as const;
    await ensureSite(w.transport, SITE_ID, lists as unknown as DocumentKind<Identified>[]);
    for (const kind of lists) {
      const list = [...w.fake.sites.get(SITE_ID)!.values()].find((l) => l.displayName === listNameFor(kind.name))!;
      for (let i = 0; i < 450; i++) list.items.set(`x${i}`, { id: `x${i}`, uuid: `u${i}`, version: 1, fields: {} });
    }
    const before = w.fake.roundTrips;
    const pages = await Promise.all(
      lists.map(async (kind) => {
        let url: string | undefined =
          `/sites/${encodeURIComponent(SITE_ID)}/lists/${encodeURIComponent(listNameFor(kind.name))}/items?$top=500`;
        let n = 0;
        while (url) {
          const res = await w.transport.call({ method: 'GET', url, safeToRepeat: true });
          const page = res.body as { value: unknown[]; '@odata.nextLink'?: string };
          n += page.value.length;
          url = page['@odata.nextLink'];
          if (url) expect(url).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\//);
        }
        return n;
      }),
    );
    expect(pages).toEqual([450, 450]);
    // Three pages each, the two lists' pages in one $batch per step.
    expect(w.fake.roundTrips - before).toBe(3);
  });
});
