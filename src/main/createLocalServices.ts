/** Local mode's services: the embedded IndexedDB store with fictional demo data; nothing leaves the browser. */
import { allDemoPeople, demoAreaSettings, demoMe, resetDemoData, seedDemoData } from '../adapters/local/demoData';
import { IndexedDbStore } from '../adapters/local/indexedDbStore';
import { LocalDirectory } from '../adapters/local/localDirectory';
import { broadcastSignal } from '../adapters/local/broadcastSignal';
import { defaultDraftStore } from '../adapters/local/indexedDbDraftStore';
import { openBrowserTab } from '../adapters/local/browserTab';
import { LocalMail } from '../adapters/local/localMail';
import { LocalScheduling } from '../adapters/local/localScheduling';
import { wordDocuments } from '../adapters/docx/wordDocuments';
import { lazyBankHolidays } from '../adapters/holidays/lazyBankHolidays';
import { harnessSiteOf, harnessSiteSetUp } from '../adapters/local/harnessSite';
import { LocalRecords } from '../adapters/local/localRecords';
import { cryptoIds, systemClock } from '../adapters/local/system';
import type { HostContext } from '../core/host';
import { PersonSchema, type Agency, type Person } from '../core/people/agency';
import type { HostPort } from '../core/host';
import type { ClockPort, DraftStore, IdPort, TabPort } from '../core/ports';
import type { Services } from '../app/services';
import { withRegisterIndex } from '../app/cases/registerIndex';

export type LocalServicesOptions = {
  /** The host, or the promise of it while the handshake is still under way. */
  host: HostPort | Promise<HostPort>;
  /** Overrides for tests: a fake IndexedDB, a fixed clock, predictable ids. */
  indexedDb?: IDBFactory;
  databaseName?: string;
  clock?: ClockPort;
  ids?: IdPort;
  drafts?: DraftStore;
  tab?: TabPort;
  /** The surface's query string: the host harness may ask for a pretended Microsoft 365 site (`site=`). */
  search?: string;
};

export async function createLocalServices(options: LocalServicesOptions): Promise<Services> {
  const store = new IndexedDbStore({ factory: options.indexedDb, databaseName: options.databaseName });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? cryptoIds;
  const settings = demoAreaSettings();
  // Every write through the app keeps the case register's index, packed in shards: this store is one
  // person's own, so no entry needs its own access boundary (src/app/cases/registerIndex.ts).
  const storage = withRegisterIndex(store, { clock, timeZone: () => settings.timeZone, layout: 'packed' });
  // The store opens and seeds while the host is still answering; only who is signed in needs the host.
  const [host, tab] = await Promise.all([
    options.host,
    options.tab ?? openBrowserTab(),
    seedDemoData({ storage: store, clock, settings }),
  ]);
  const me = demoPersonFor(host.context.user);
  const site = harnessSiteOf(options.search ?? globalThis.location?.search ?? '');
  const mail = new LocalMail(storage, clock);
  return {
    mode: 'local',
    storage,
    clock,
    ids,
    mail,
    mailOutbox: mail,
    meetingSignal: broadcastSignal(),
    scheduling: new LocalScheduling(storage, clock),
    drafts: options.drafts ?? defaultDraftStore(),
    tab,
    word: wordDocuments,
    bankHolidays: lazyBankHolidays,
    directory: new LocalDirectory(allDemoPeople, me),
    records: new LocalRecords(storage, clock),
    host,
    settings,
    me,
    demo: { reset: () => resetDemoData({ storage: store, clock, settings }) },
    ...(site ? { setUpSite: harnessSiteSetUp(site) } : {}),
  };
}

/**
 * Who is signed in, in local mode: the demo person the host's user is (by id or sign-in address);
 * another address the host gives becomes a person of its own, with the agency read from its domain;
 * with no host user, the chair of the Level 3 demo case.
 */
export function demoPersonFor(user: HostContext['user']): Person {
  const hint = user?.loginHint?.trim().toLowerCase();
  const known = allDemoPeople.find((p) => p.id === user?.id || (hint !== undefined && p.email === hint));
  if (known) return known;
  const parsed = PersonSchema.safeParse({
    id: user?.id ?? hint,
    // Hosts often give the sign-in address as the name; a person's name reads better in the header.
    name: user?.name && !user.name.includes('@') ? user.name : nameFromAddress(hint ?? ''),
    email: hint,
    agency: agencyFromAddress(hint ?? ''),
  });
  return parsed.success ? parsed.data : demoMe;
}

/** `alex.morgan@…` → `Alex Morgan`. */
function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

const agencyByDomainWord: readonly [RegExp, Agency][] = [
  [/police/, 'police'],
  [/probation/, 'probation'],
  [/nhs|health/, 'health'],
  [/housing/, 'housing'],
  [/children/, 'childrensServices'],
  [/youth/, 'youthJustice'],
  [/prison/, 'prison'],
];

function agencyFromAddress(address: string): Agency {
  const domain = address.split('@')[1] ?? '';
  return agencyByDomainWord.find(([pattern]) => pattern.test(domain))?.[1] ?? 'other';
}
