import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { baseScopes, schedulingScopes } from '../../../src/adapters/graph/scopes';
import { FakeGraph } from '../../fakes/graph/fakeGraph';
import { fakeToken } from '../../fakes/graph/permissions';

const ROOT = 'https://graph.microsoft.com/v1.0';
const everything = [...baseScopes, ...schedulingScopes, 'Mail.Send'];

/** Sends one raw request to the fake, as the browser would, with a token for `scopes`. */
async function raw(fake: FakeGraph, method: string, url: string, body?: unknown, scopes: string[] = everything) {
  const res = await fake.fetch(`${ROOT}${url}`, {
    method,
    headers: {
      Authorization: `Bearer ${fakeToken(scopes)}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

/** A fake with one Teams meeting, and its join URL. */
async function withMeeting() {
  const fake = new FakeGraph();
  const created = await raw(fake, 'POST', '/me/events', {
    subject: 'Panel',
    isOnlineMeeting: true,
    start: { dateTime: '2026-02-02T10:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-02-02T12:00:00', timeZone: 'UTC' },
  });
  const joinUrl = (created.body.onlineMeeting as { joinUrl: string }).joinUrl;
  return { fake, joinUrl };
}

describe('the fake Graph parses requests as an HTTP server does', () => {
  it('finds a meeting by its join URL encoded once, and nothing when the client encodes it twice', async () => {
    const { fake, joinUrl } = await withMeeting();
    expect(joinUrl).toContain('%3a'); // Teams' join URLs carry encoded characters of their own
    const once = encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`);
    const twice = encodeURIComponent(`JoinWebUrl eq '${encodeURIComponent(joinUrl)}'`);
    expect((await raw(fake, 'GET', `/me/onlineMeetings?$filter=${once}`)).body.value).toHaveLength(1);
    expect((await raw(fake, 'GET', `/me/onlineMeetings?$filter=${twice}`)).body.value).toEqual([]);
  });

  it('refuses a filter it cannot parse with 400, as Graph does', async () => {
    const fake = new FakeGraph();
    const res = await raw(fake, 'GET', `/me/events?$filter=${encodeURIComponent("subject gt 'a'")}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BadRequest' });
  });

  it('answers 401 to a request without a token', async () => {
    const fake = new FakeGraph();
    const res = await fake.fetch(`${ROOT}/me`, { method: 'GET' });
    expect(res.status).toBe(401);
  });
});

describe('the fake Graph enforces the token’s scopes', () => {
  it('answers 403 in Graph’s error shape when no scope of the token covers the request', async () => {
    const { fake } = await withMeeting();
    const res = await raw(fake, 'POST', '/me/sendMail', { message: { subject: 'x' } }, [...baseScopes]);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'ErrorAccessDenied', message: expect.any(String) });
    expect(fake.sentMail).toHaveLength(0);
    const events = await raw(fake, 'GET', '/me/events', undefined, ['User.Read', 'Sites.Selected']);
    expect(events.status).toBe(403);
  });

  it('lets Calendars.ReadWrite read what the data lists under Calendars.Read', async () => {
    const { fake } = await withMeeting();
    const id = [...fake.events.keys()][0]!;
    expect((await raw(fake, 'GET', `/me/events/${id}`, undefined, ['Calendars.ReadWrite'])).status).toBe(200);
  });

  it('needs the site grant under Sites.Selected: write for items, manage for new columns', async () => {
    const fake = new FakeGraph({ siteRole: 'write' });
    const site = '/sites/northshire.example.sharepoint.com,a,b';
    const list = { displayName: 'L', columns: [{ name: 'DocId', text: {} }], list: { template: 'genericList' } };
    expect((await raw(fake, 'POST', `${site}/lists`, list)).status).toBe(201);
    expect((await raw(fake, 'POST', `${site}/lists/L/items`, { fields: { DocId: 'a' } })).status).toBe(201);
    expect((await raw(fake, 'POST', `${site}/lists/L/columns`, { name: 'X', text: {} })).status).toBe(403);
    const none = new FakeGraph({ siteRole: 'none' });
    expect((await raw(none, 'GET', `${site}/lists/L`)).status).toBe(403);
  });
});

describe('$batch as Graph documents it', () => {
  const get = (id: string, extra: Record<string, unknown> = {}) => ({ id, method: 'GET', url: '/me', ...extra });

  it('refuses a member with an absolute URL', async () => {
    const fake = new FakeGraph();
    const res = await raw(fake, 'POST', '/$batch', { requests: [get('1', { url: `${ROOT}/me` })] });
    expect(res.status).toBe(400);
  });

  it('refuses more than 20 requests, and duplicate ids in any case', async () => {
    const fake = new FakeGraph();
    const many = Array.from({ length: 21 }, (_, i) => get(String(i)));
    expect((await raw(fake, 'POST', '/$batch', { requests: many })).status).toBe(400);
    expect((await raw(fake, 'POST', '/$batch', { requests: many.slice(0, 20) })).status).toBe(200);
    expect((await raw(fake, 'POST', '/$batch', { requests: [get('a'), get('A')] })).status).toBe(400);
  });

  it('runs members after those they depend on, and answers 424 when a dependency failed', async () => {
    const { fake } = await withMeeting();
    const res = await raw(fake, 'POST', '/$batch', {
      requests: [
        { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] },
        {
          id: '2',
          method: 'PATCH',
          url: '/me/onlineMeetings/nope',
          body: {},
          headers: { 'Content-Type': 'application/json' },
        },
        { id: '1', method: 'GET', url: '/me' },
        { id: '4', method: 'GET', url: '/me', dependsOn: ['1'] },
      ],
    });
    expect(res.status).toBe(200);
    const responses = res.body.responses as { id: string; status: number }[];
    const status = Object.fromEntries(responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ '1': 200, '2': 404, '3': 424, '4': 200 });
    const order = responses.map((r) => r.id);
    expect(order.indexOf('2')).toBeLessThan(order.indexOf('3'));
    expect(order.indexOf('1')).toBeLessThan(order.indexOf('4'));
  });

  it('refuses dependsOn naming an id the batch does not hold', async () => {
    const fake = new FakeGraph();
    const res = await raw(fake, 'POST', '/$batch', { requests: [get('1', { dependsOn: ['9'] })] });
    expect(res.status).toBe(400);
  });

  it('checks each member against the batch’s token', async () => {
    const fake = new FakeGraph();
    const res = await raw(
      fake,
      'POST',
      '/$batch',
      { requests: [get('1'), { id: '2', method: 'GET', url: '/me/events' }] },
      [...baseScopes],
    );
    expect((res.body.responses as { id: string; status: number }[]).map((r) => r.status).sort()).toEqual([200, 403]);
  });
});

describe('capture', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-capture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => delete process.env.GRAPH_CAPTURE);

  it('appends every request received as a JSON line, batch members expanded', async () => {
    const file = join(dir, 'capture.jsonl');
    process.env.GRAPH_CAPTURE = file;
    const fake = new FakeGraph();
    await raw(fake, 'GET', '/me?$select=id');
    await raw(fake, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me/people?$search="ha"' },
        {
          id: '2',
          method: 'POST',
          url: '/me/sendMail',
          body: { message: {} },
          headers: { 'Content-Type': 'application/json' },
        },
      ],
    });
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { method: 'GET', url: '/me?$select=id', body: null },
      { method: 'GET', url: '/me/people?$search="ha"', body: null },
      { method: 'POST', url: '/me/sendMail', body: { message: {} } },
    ]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/Bearer|eyJ/);
  });
});
