/**
 * The composition root: picks the adapters for the configured mode and the host the surface runs
 * in. Nothing else in the app constructs an adapter.
 */
import { demoAreaSettings, allDemoPeople, demoMe, resetDemoData, seedDemoData } from '../adapters/local/demoData';
import { IndexedDbStore } from '../adapters/local/indexedDbStore';
import { LocalDirectory } from '../adapters/local/localDirectory';
import { LocalMail } from '../adapters/local/localMail';
import { cryptoIds, systemClock } from '../adapters/local/system';
import type { HostContext, HostPort } from '../core/host';
import { PersonSchema, type Agency, type Person } from '../core/people/agency';
import type { ClockPort, IdPort } from '../core/ports';
import type { AppConfig } from './config';
import type { Services } from './services';

export type CreateServicesOptions = {
  config: AppConfig;
  host: HostPort;
  /** Overrides for tests: a fake IndexedDB, a fixed clock, predictable ids. */
  indexedDb?: IDBFactory;
  databaseName?: string;
  clock?: ClockPort;
  ids?: IdPort;
};

export async function createServices(options: CreateServicesOptions): Promise<Services> {
  if (options.config.mode === 'graph') {
    // Loaded only in Graph mode, so MSAL and the Graph client never reach a local-mode bundle.
    const { createGraphServices } = await import('../adapters/graph/createGraphServices');
    return createGraphServices({ config: options.config, host: options.host });
  }
  return createLocalServices(options);
}

async function createLocalServices(options: CreateServicesOptions): Promise<Services> {
  const storage = new IndexedDbStore({ factory: options.indexedDb, databaseName: options.databaseName });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? cryptoIds;
  const settings = demoAreaSettings();
  const me = demoPersonFor(options.host.context.user);
  await seedDemoData({ storage, clock, settings });
  return {
    mode: 'local',
    storage,
    clock,
    ids,
    mail: new LocalMail(storage, clock),
    directory: new LocalDirectory(allDemoPeople, me),
    host: options.host,
    settings,
    me,
    demo: { reset: () => resetDemoData({ storage, clock, settings }) },
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
    name: user?.name ?? nameFromAddress(hint ?? ''),
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
