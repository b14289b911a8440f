import { demoAreaSettings, demoMe, seedDemoData } from '../../src/adapters/local/demoData';
import { LocalDirectory } from '../../src/adapters/local/localDirectory';
import type { Services } from '../../src/app/services';
import { TestHost } from '../fakes/testHost';
import { TestApp } from './testApp';

// jsdom has no structuredClone; stored documents are plain JSON, so a JSON round trip is the same copy.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}

export const NOW = new Date('2026-11-18T14:30:00.000Z');

/** Local-mode services on the in-memory store, seeded with the demo data. */
export async function demoServices(over: Partial<Services> = {}): Promise<Services & { host: TestHost }> {
  const app = TestApp.create({ clock: { now: () => NOW }, host: new TestHost() })
    .as(demoMe)
    .withSettings(demoAreaSettings())
    .withLocalMail()
    .with({ directory: new LocalDirectory([demoMe], demoMe), demo: { reset: jest.fn(async () => undefined) } });
  await seedDemoData({ storage: app.store, clock: app.services.clock, settings: app.services.settings });
  return app.with(over).services as Services & { host: TestHost };
}
