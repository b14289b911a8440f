import { createGraphClient, GraphTransport } from '../../../src/adapters/graph/transport';
import { FakeGraph, type FakeGraphOptions } from './fakeGraph';
import { fakeTokenPort } from './fakeTokens';

export const SITE_ID =
  'northshire.example.sharepoint.com,00000000-0000-4000-8000-000000000001,00000000-0000-4000-8000-000000000002';

/**
 * A fake Graph and a transport over it whose retries do not wait, only record the delays asked for.
 * Tokens come from a fake token port that puts exactly the requested scopes in each token.
 */
export function graphOverFake(opts: FakeGraphOptions = {}, tokenOpts: Parameters<typeof fakeTokenPort>[0] = {}) {
  const fake = new FakeGraph(opts);
  const sleeps: number[] = [];
  const tokens = fakeTokenPort(tokenOpts);
  const client = createGraphClient({ baseUrl: 'https://graph.microsoft.com/', fetch: fake.fetch });
  const transport = new GraphTransport(client, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    maxRetries: 6,
    tokens: tokens.port,
  });
  return { fake, transport, sleeps, tokens };
}
