import { createGraphClient, GraphTransport } from '../../../src/adapters/graph/transport';
import { FakeGraph, type FakeGraphOptions } from './fakeGraph';

export const SITE_ID =
  'northshire.example.sharepoint.com,00000000-0000-4000-8000-000000000001,00000000-0000-4000-8000-000000000002';

/** A fake Graph and a transport over it whose retries do not wait, only record the delays asked for. */
export function graphOverFake(opts: FakeGraphOptions = {}) {
  const fake = new FakeGraph(opts);
  const sleeps: number[] = [];
  const client = createGraphClient({ baseUrl: 'https://graph.microsoft.com/', fetch: fake.fetch });
  const transport = new GraphTransport(client, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    maxRetries: 6,
  });
  return { fake, transport, sleeps };
}
