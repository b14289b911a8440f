/**
 * The tests' app: the services every use case and screen gets, built from standard fakes and local
 * adapters (memory store, fixed clock, numbered ids, recorded mail, memory drafts, local scheduling
 * and records, the real Word renderer and bank holidays), changed step by step:
 *
 *   const app = await TestApp.create().as(chair).at('2026-11-20T10:00:00Z').withSettings({ … }).seeded(demo);
 *   renderWith(app.services, <MyActionsPage />);
 */
import { wordDocuments } from '../../src/adapters/docx/wordDocuments';
import { lazyBankHolidays } from '../../src/adapters/holidays/lazyBankHolidays';
import { LocalMail } from '../../src/adapters/local/localMail';
import { LocalRecords } from '../../src/adapters/local/localRecords';
import { LocalScheduling } from '../../src/adapters/local/localScheduling';
import { MemoryDraftStore, MemoryTab } from '../../src/adapters/memory/memoryDraftStore';
import { MemoryStore } from '../../src/adapters/memory/memoryStore';
import type { Services } from '../../src/app/services';
import { defaultAreaSettings, type AreaSettings } from '../../src/core/area/areaSettings';
import type { HostContext } from '../../src/core/host';
import type { Person } from '../../src/core/people/agency';
import type { MailPort, OutgoingMail } from '../../src/core/ports';
import { aPerson } from '../builders';
import { TestHost } from '../fakes/testHost';

export const fixedNow = new Date('2026-11-20T10:00:00.000Z');

/** Records what would be sent; a repeated idempotency key is the same message, as the port promises. */
export class FakeMail implements MailPort {
  readonly sent: OutgoingMail[] = [];
  failNext = 0;
  async send(mail: OutgoingMail): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('Mail service unavailable');
    }
    if (!this.sent.some((m) => m.idempotencyKey === mail.idempotencyKey)) this.sent.push(mail);
  }
}

let tabs = 0;

export class TestApp {
  private constructor(
    readonly services: Services,
    readonly store: MemoryStore,
  ) {}

  /** Local-mode services on a fresh memory store; `over` replaces any of them. */
  static create(over: Partial<Services> & { storage?: MemoryStore } = {}): TestApp {
    const store = over.storage ?? new MemoryStore();
    let now = fixedNow;
    const clock = over.clock ?? { now: () => new Date(now) };
    let n = 0;
    const services: Services = {
      mode: 'local',
      storage: store,
      clock,
      ids: { newId: (prefix) => `${prefix ?? 'id'}_${++n}` },
      mail: new FakeMail(),
      directory: { me: async () => services.me, searchPeople: async () => [] },
      host: new TestHost(),
      settings: defaultAreaSettings(),
      me: aPerson(),
      scheduling: new LocalScheduling(store, clock),
      records: new LocalRecords(store, clock),
      drafts: new MemoryDraftStore(),
      tab: new MemoryTab(`tab_${++tabs}`),
      word: wordDocuments,
      bankHolidays: lazyBankHolidays,
      // An option given as undefined keeps the default.
      ...Object.fromEntries(Object.entries(over).filter(([, v]) => v !== undefined)),
    };
    const app = new TestApp(services, store);
    app.setNow = (at) => {
      now = at;
    };
    return app;
  }

  private setNow: (at: Date) => void = () => undefined;

  /** Signed in as this person. */
  as(person: Person): this {
    this.services.me = person;
    return this;
  }

  /** The fixed clock reads this instant. */
  at(instant: string | Date): this {
    this.setNow(new Date(instant));
    return this;
  }

  withSettings(settings: Partial<AreaSettings>): this {
    this.services.settings = { ...this.services.settings, ...settings };
    return this;
  }

  /** Runs in this host context (surface, host, capabilities…). */
  inHost(context: Partial<HostContext>): this {
    this.services.host = new TestHost(context);
    return this;
  }

  with(over: Partial<Services>): this {
    Object.assign(this.services, over);
    return this;
  }

  /** Mail is recorded in the store's mail outbox, as local mode does. */
  withLocalMail(): this {
    const mail = new LocalMail(this.store, this.services.clock);
    return this.with({ mail, mailOutbox: mail });
  }

  /** Writes documents before the test acts. */
  async seeded(seed: (services: Services) => Promise<unknown>): Promise<this> {
    await seed(this.services);
    return this;
  }

  get host(): TestHost {
    return this.services.host as TestHost;
  }

  get mail(): FakeMail {
    return this.services.mail as FakeMail;
  }
}
