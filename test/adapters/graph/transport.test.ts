import { createGraphClient, GraphTransport } from '../../../src/adapters/graph/transport';

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
});
