import { demoAreaSettings, demoMe, seedDemoData } from '../../../src/adapters/local/demoData';
import { LocalDirectory } from '../../../src/adapters/local/localDirectory';
import { LocalMail } from '../../../src/adapters/local/localMail';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import type { Services } from '../../../src/app/services';
import { TestHost } from '../../fakes/testHost';

// jsdom has no structuredClone; stored documents are plain JSON, so a JSON round trip is the same copy.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}

export const NOW = new Date('2026-11-18T14:30:00.000Z');

/** Local-mode services on the in-memory store, seeded with the demo data. */
export async function demoServices(over: Partial<Services> = {}): Promise<Services & { host: TestHost }> {
  const storage = new MemoryStore();
  const clock = { now: () => NOW };
  const settings = demoAreaSettings();
  await seedDemoData({ storage, clock, settings });
  let n = 0;
  return {
    mode: 'local',
    storage,
    clock,
    ids: { newId: (prefix) => `${prefix ?? 'id'}_${++n}` },
    mail: new LocalMail(storage, clock),
    directory: new LocalDirectory([demoMe], demoMe),
    host: new TestHost(),
    settings,
    me: demoMe,
    demo: { reset: jest.fn(async () => undefined) },
    ...over,
  } as Services & { host: TestHost };
}
