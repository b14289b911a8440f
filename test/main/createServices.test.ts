import { IDBFactory } from 'fake-indexeddb';

import { demoPeople } from '../../src/adapters/local/demoData';
import { outboxMailKind } from '../../src/adapters/local/localMail';
import { parseConfig } from '../../src/main/config';
import { createServices } from '../../src/main/createServices';
import { caseKind } from '../../src/core/cases/case.schema';
import type { HostPort } from '../../src/core/host';
import { TestHost } from '../fakes/testHost';

const host = (loginHint?: string): HostPort =>
  new TestHost({
    surface: 'personal',
    user: loginHint ? { loginHint } : undefined,
    capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
  });

describe('composition root, local mode', () => {
  it('builds the local services on IndexedDB, seeded with the demo, signed in as the host user', async () => {
    const services = await createServices({
      config: parseConfig({}),
      host: host('dan.okoro@police.example.gov.uk'),
      indexedDb: new IDBFactory(),
      clock: { now: () => new Date('2026-11-18T09:00:00Z') },
    });
    expect(services.mode).toBe('local');
    expect(services.me).toEqual(demoPeople.danOkoro);
    expect(await services.directory.me()).toEqual(demoPeople.danOkoro);
    expect((await services.storage.collection(caseKind).list()).map((c) => c.doc.id)).toContain('case_demo_0102');
    expect(services.settings.approvedSecureDomains).toContain('police.example.gov.uk');
    expect(services.ids.newId('act')).toMatch(/^act_[0-9a-f-]{36}$/);

    await services.mail.send({
      idempotencyKey: 'k1',
      to: ['maya.lindqvist@nhs.example.net'],
      subject: 'MAPPA panel: MP-2026-0101',
      body: 'Open the meeting tab.',
      purpose: 'notification',
    });
    expect(await services.storage.collection(outboxMailKind).list()).toHaveLength(1);

    // Signed minutes are filed in the embedded store.
    const filed = await services.records!.archiveMinutes('mtg_demo_1_2', 1, new Uint8Array([80, 75, 3, 4]));
    expect(filed).toMatchObject({ meetingId: 'mtg_demo_1_2', version: 1 });
  });

  it('offers the site set-up only when the host harness pretends a Microsoft 365 site', async () => {
    const start = (search: string) =>
      createServices({
        config: parseConfig({}),
        host: host('jo.whitfield@probation.example.gov.uk'),
        indexedDb: new IDBFactory(),
        clock: { now: () => new Date('2026-11-18T09:00:00Z') },
        search,
      });
    expect((await start('')).setUpSite).toBeUndefined();
    const pretended = await start('?site=new');
    expect((await pretended.setUpSite!()).created.length).toBeGreaterThan(0);
  });

  it('opens and seeds the store while the host is still answering', async () => {
    let answer: (port: HostPort) => void = () => undefined;
    const hostReady = new Promise<HostPort>((resolve) => {
      answer = resolve;
    });
    const indexedDb = new IDBFactory();
    const starting = createServices({
      config: parseConfig({}),
      host: hostReady,
      indexedDb,
      clock: { now: () => new Date('2026-11-18T09:00:00Z') },
    });
    // The demo cases reach the database before the host has said who is signed in.
    const { IndexedDbStore } = await import('../../src/adapters/local/indexedDbStore');
    const probe = new IndexedDbStore({ factory: indexedDb });
    for (let i = 0; i < 200 && !(await probe.hasAny(caseKind as never)); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await probe.hasAny(caseKind as never)).toBe(true);
    await probe.close();

    answer(host('dan.okoro@police.example.gov.uk'));
    const services = await starting;
    expect(services.me).toEqual(demoPeople.danOkoro);
    expect((await services.storage.collection(caseKind).list()).map((c) => c.doc.id)).toContain('case_demo_0102');
  });

  it('refuses a Graph build that lacks its settings, naming each one', () => {
    expect(() => parseConfig({ mode: 'graph', clientId: 'abc' })).toThrow(
      /Graph mode needs MAPPA_TENANT_ID to be set; Graph mode needs MAPPA_SITE_ID to be set/,
    );
    expect(() => parseConfig({ mode: 'cloud' })).toThrow(/MAPPA_MODE must be "local" or "graph"/);
  });
});
