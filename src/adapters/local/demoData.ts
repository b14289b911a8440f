/**
 * Fictional demonstration data for local mode. Every person, case and address here is invented;
 * dates are relative to the clock so that the demo always has overdue and due-soon actions.
 */
import { actionKind, type Action, type ActionStatus, type Pillar } from '../../core/actions/action.schema';
import { defaultAreaSettings, type AreaSettings } from '../../core/area/areaSettings';
import { caseKind, type Case, type Category, type Level } from '../../core/cases/case.schema';
import { registerShardKind, registerShardsFor } from '../../core/cases/registerColumns';
import { registerEntriesFor } from '../../core/cases/registerEntry';
import { protectedPeopleKind, type ProtectedPerson } from '../../core/protection/protectedPeople.schema';
import type { Agency, Person } from '../../core/people/agency';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../../core/panels/series.schema';
import type { DocumentKind, Identified } from '../../core/storage/defineDocument';
import type { ClockPort, StoragePort } from '../../core/ports';
import { addDays, localDate, zonedInstant } from '../../core/shared/dates';
import { isConflict } from '../../core/shared/errors';
import { registerDemoDocuments } from './demoRegisterCases';
import type { KindedDocument } from './indexedDbStore';

const person = (id: string, name: string, email: string, agency: Agency, role: string): Person => ({
  id,
  name,
  email,
  agency,
  role,
});

export const demoPeople = {
  helenMarsh: person(
    'ppl_demo_helen_marsh',
    'Helen Marsh',
    'helen.marsh@probation.example.gov.uk',
    'probation',
    'Head of Probation Delivery Unit',
  ),
  sianPryce: person(
    'ppl_demo_sian_pryce',
    'Siân Pryce',
    'sian.pryce@probation.example.gov.uk',
    'probation',
    'Senior Probation Officer',
  ),
  nadiaFarouk: person(
    'ppl_demo_nadia_farouk',
    'Nadia Farouk',
    'nadia.farouk@probation.example.gov.uk',
    'probation',
    'Probation Officer (offender manager)',
  ),
  joWhitfield: person(
    'ppl_demo_jo_whitfield',
    'Jo Whitfield',
    'jo.whitfield@probation.example.gov.uk',
    'probation',
    'MAPPA coordinator',
  ),
  owenGreaves: person(
    'ppl_demo_owen_greaves',
    'Owen Greaves',
    'owen.greaves@police.example.gov.uk',
    'police',
    'Inspector, Public Protection Unit',
  ),
  danOkoro: person(
    'ppl_demo_dan_okoro',
    'Dan Okoro',
    'dan.okoro@police.example.gov.uk',
    'police',
    'Detective Sergeant, Management of Sexual or Violent Offenders',
  ),
  karenHolt: person(
    'ppl_demo_karen_holt',
    'Karen Holt',
    'karen.holt@police.example.gov.uk',
    'police',
    'Detective Inspector, Counter Terrorism Policing',
  ),
  mayaLindqvist: person(
    'ppl_demo_maya_lindqvist',
    'Maya Lindqvist',
    'maya.lindqvist@nhs.example.net',
    'health',
    'Forensic mental health nurse',
  ),
  garethPennock: person(
    'ppl_demo_gareth_pennock',
    'Gareth Pennock',
    'gareth.pennock@housing.example.gov.uk',
    'housing',
    'Housing options officer',
  ),
  ruthAdeyemi: person(
    'ppl_demo_ruth_adeyemi',
    'Ruth Adeyemi',
    'ruth.adeyemi@childrens.example.gov.uk',
    'childrensServices',
    'Senior social worker',
  ),
  callumBrierley: person(
    'ppl_demo_callum_brierley',
    'Callum Brierley',
    'callum.brierley@youthjustice.example.gov.uk',
    'youthJustice',
    'Youth justice case manager',
  ),
  amyRowe: person(
    'ppl_demo_amy_rowe',
    'Amy Rowe',
    'amy.rowe@probation.example.gov.uk',
    'victimLiaison',
    'Victim liaison officer',
  ),
} as const;

/** Who you are in local mode unless the host says otherwise: the chair of the Level 3 demo case. */
export const demoMe: Person = demoPeople.helenMarsh;

export const allDemoPeople: readonly Person[] = Object.values(demoPeople);

/** The fictional Teams chat id each demo meeting is bound to, as the host harness reports it. */
export const demoChatId = (reference: string): string => `19:demo-${reference.toLowerCase()}@thread.v2`;

/**
 * The demo area's settings. Built as a plain value, not parsed: every surface starts from them, and
 * `test/adapters/local/demoData.test.ts` checks the schema accepts them unchanged.
 */
export const demoAreaSettings = (): AreaSettings => ({
  ...defaultAreaSettings(),
  areaName: 'Northshire MAPPA (demonstration)',
  approvedSecureDomains: [
    'police.example.gov.uk',
    'probation.example.gov.uk',
    'nhs.example.net',
    'housing.example.gov.uk',
    'childrens.example.gov.uk',
    'youthjustice.example.gov.uk',
  ],
  standingMembers: [
    demoPeople.danOkoro,
    demoPeople.nadiaFarouk,
    demoPeople.mayaLindqvist,
    demoPeople.garethPennock,
    demoPeople.ruthAdeyemi,
  ],
  coordinators: [demoPeople.joWhitfield],
  chairs: { level2: [demoPeople.sianPryce, demoPeople.owenGreaves], level3: [demoPeople.helenMarsh] },
});

// ---------------------------------------------------------------------------------------------
// Dates relative to the clock, as wall-clock times in the area's zone.

/** The instant at which the zone's clocks show `date` `time` (so a 10:00 panel is 10:00 in London in summer too). */
const instantIn = (date: string, time: string, timeZone: string): string =>
  zonedInstant(date, time, timeZone).toISOString();

// ---------------------------------------------------------------------------------------------
// The four demo cases.

type DemoAction = { owner: Person; text: string; pillar: Pillar; dueInDays: number; status?: ActionStatus };

type DemoCase = {
  key: string;
  reference: string;
  nominal: { name: string; ageYears: number; inCustody?: boolean; childSexOffender?: boolean };
  category: Category;
  level: Level;
  leadAgency: Agency;
  chair: Person;
  members: Person[];
  /** Days from today of each held meeting, oldest first; the next meeting follows at the cadence. */
  heldDaysAgo: number[];
  nextInDays: number;
  actions: DemoAction[];
};

const { helenMarsh, sianPryce, nadiaFarouk, joWhitfield, owenGreaves, danOkoro, karenHolt } = demoPeople;
const { mayaLindqvist, garethPennock, ruthAdeyemi, callumBrierley, amyRowe } = demoPeople;

const demoCases: DemoCase[] = [
  {
    key: '0101',
    reference: 'MP-2026-0101',
    nominal: { name: 'Darren Voskuil', ageYears: 41 },
    category: 2,
    level: 2,
    leadAgency: 'probation',
    chair: sianPryce,
    members: [nadiaFarouk, danOkoro, garethPennock, mayaLindqvist],
    heldDaysAgo: [63],
    nextInDays: 7,
    actions: [
      {
        owner: garethPennock,
        text: 'Identify move-on accommodation outside the exclusion zone',
        pillar: 'supervision',
        dueInDays: 3,
      },
      {
        owner: nadiaFarouk,
        text: 'Review the licence condition on alcohol testing',
        pillar: 'monitoringControl',
        dueInDays: -2,
      },
      {
        owner: mayaLindqvist,
        text: 'Confirm the GP registration and share a summary of engagement',
        pillar: 'interventionsTreatment',
        dueInDays: 12,
      },
    ],
  },
  {
    key: '0102',
    reference: 'MP-2026-0102',
    nominal: { name: 'Lewis Harrowgate', ageYears: 47, childSexOffender: true },
    category: 1,
    level: 3,
    leadAgency: 'police',
    chair: helenMarsh,
    members: [danOkoro, nadiaFarouk, mayaLindqvist, garethPennock, ruthAdeyemi, amyRowe],
    heldDaysAgo: [84, 42],
    nextInDays: 0,
    actions: [
      {
        owner: helenMarsh,
        text: 'Confirm an Approved Premises bed before the licence review',
        pillar: 'supervision',
        dueInDays: -3,
      },
      {
        owner: helenMarsh,
        text: 'Arrange a professionals meeting with the prison psychology team',
        pillar: 'interventionsTreatment',
        dueInDays: 5,
        status: 'inProgress',
      },
      {
        owner: danOkoro,
        text: 'Carry out an unannounced home visit and update ViSOR',
        pillar: 'monitoringControl',
        dueInDays: 2,
      },
      {
        owner: amyRowe,
        text: 'Tell the victim about the exclusion zone in the licence',
        pillar: 'victimSafety',
        dueInDays: -7,
      },
      {
        owner: ruthAdeyemi,
        text: 'Check for contact with children at the new address',
        pillar: 'victimSafety',
        dueInDays: 9,
      },
      {
        owner: garethPennock,
        text: 'Complete the housing needs assessment',
        pillar: 'supervision',
        dueInDays: -20,
        status: 'done',
      },
    ],
  },
  {
    key: '0103',
    reference: 'MP-2026-0103',
    nominal: { name: 'Kai Brennand', ageYears: 16 },
    category: 2,
    level: 2,
    leadAgency: 'youthJustice',
    chair: owenGreaves,
    members: [callumBrierley, ruthAdeyemi, danOkoro, mayaLindqvist],
    heldDaysAgo: [56],
    nextInDays: 14,
    actions: [
      { owner: callumBrierley, text: 'Agree a safety plan with the school', pillar: 'victimSafety', dueInDays: 4 },
      {
        owner: ruthAdeyemi,
        text: 'Hold a strategy discussion about the younger sibling',
        pillar: 'victimSafety',
        dueInDays: -1,
      },
      {
        owner: mayaLindqvist,
        text: 'Refer to the child and adolescent mental health service',
        pillar: 'interventionsTreatment',
        dueInDays: 12,
      },
    ],
  },
  {
    key: '0104',
    reference: 'MP-2026-0104',
    nominal: { name: 'Emrys Calloway', ageYears: 29 },
    category: 4,
    level: 2,
    leadAgency: 'police',
    chair: owenGreaves,
    members: [karenHolt, nadiaFarouk, helenMarsh, garethPennock],
    heldDaysAgo: [35],
    nextInDays: 35,
    actions: [
      {
        owner: karenHolt,
        text: 'Review Prevent and Channel involvement with counter-terrorism policing',
        pillar: 'monitoringControl',
        dueInDays: 6,
      },
      {
        owner: nadiaFarouk,
        text: 'Check compliance with the terrorist notification requirements',
        pillar: 'monitoringControl',
        dueInDays: -4,
      },
      {
        owner: helenMarsh,
        text: 'Brief the strategic management board on the case',
        pillar: 'contingency',
        dueInDays: 1,
      },
    ],
  },
];

export type DemoSeedResult = { seeded: boolean };

/**
 * A store that can tell whether it holds any document of a kind without reading them, and write many
 * documents in one transaction (the IndexedDB store can); seeding uses both when they are there.
 */
export type BulkStorage = StoragePort & {
  hasAny(kind: DocumentKind<Identified>): Promise<boolean>;
  /** Writes the demo's own documents without validating each (the tests check them against their schemas). */
  seedTrustedDemoIfEmpty(probe: DocumentKind<Identified>, docs: readonly KindedDocument[]): Promise<boolean>;
};

const isBulk = (storage: StoragePort): storage is BulkStorage =>
  typeof (storage as Partial<BulkStorage>).hasAny === 'function' &&
  typeof (storage as Partial<BulkStorage>).seedTrustedDemoIfEmpty === 'function';

const kinded = <T extends Identified>(kind: DocumentKind<T>, doc: T): KindedDocument => ({
  kind: kind as unknown as DocumentKind<Identified>,
  doc,
});

/** Seeds the demo cases into an empty store; a store that already holds cases is left alone. */
export async function seedDemoData(services: {
  storage: StoragePort;
  clock: ClockPort;
  settings: AreaSettings;
}): Promise<DemoSeedResult> {
  const { storage, clock, settings } = services;
  const probe = caseKind as unknown as DocumentKind<Identified>;
  if (isBulk(storage)) {
    // Already seeded (every start after the first): one index count, nothing read or decoded.
    if (await storage.hasAny(probe)) return { seeded: false };
    return { seeded: await storage.seedTrustedDemoIfEmpty(probe, demoDocuments(clock.now(), settings)) };
  }
  if ((await storage.collection(caseKind).list()).length > 0) return { seeded: false };
  for (const { kind, doc } of demoDocuments(clock.now(), settings)) await createOnce(storage.collection(kind), doc);
  return { seeded: true };
}

/** Every demo document, cases first, with dates relative to `now`. */
/** Fictional protected people, so the stage and the summary can be seen withholding them. */
const demoProtectedPeople: Readonly<Record<string, ProtectedPerson[]>> = {
  '0101': [
    {
      id: 'pp_demo_0101_1',
      kind: 'victim',
      name: 'Tanya Brightwell',
      aliases: ['Tanya Voskuil'],
      addresses: ['22 Larch Close, Eastholm, EH4 7QP'],
      emails: ['tanya.brightwell@example.com'],
    },
  ],
  '0102': [
    { id: 'pp_demo_0102_1', kind: 'child', name: 'Poppy Harrowgate', aliases: [], addresses: [], emails: [] },
    {
      id: 'pp_demo_0102_2',
      kind: 'partner',
      name: 'Carla Meeson',
      aliases: [],
      addresses: ['5 Quarry Row, Westbury Fold'],
      emails: [],
    },
  ],
};

export function demoDocuments(now: Date, settings: AreaSettings): KindedDocument[] {
  const zone = settings.timeZone;
  const today = localDate(now, zone);
  const docs: KindedDocument[] = [];

  for (const d of demoCases) {
    const cadenceWeeks = d.level === 3 ? settings.cadenceWeeks.level3 : settings.cadenceWeeks.level2;
    const caseId = `case_demo_${d.key}`;
    const seriesId = `ser_demo_${d.key}`;
    const startTime = '10:00';
    const durationMinutes = d.level === 3 ? 90 : 60;
    const firstHeld = d.heldDaysAgo[0] ?? 0;
    const chatId = demoChatId(d.reference);

    const theCase: Case = {
      id: caseId,
      reference: d.reference,
      area: settings.areaName,
      nominal: {
        name: d.nominal.name,
        dateOfBirth: addDays(today, -Math.round(d.nominal.ageYears * 365.25) - 40),
        aliases: [],
        identifiers: {},
        childSexOffender: d.nominal.childSexOffender ?? false,
        inCustody: d.nominal.inCustody ?? false,
      },
      category: d.category,
      level: d.level,
      leadAgency: d.leadAgency,
      offenderManager: nadiaFarouk,
      status: 'active',
      members: [],
      flags: { mediaInterest: false, seriousCaseReview: false },
      createdAt: instantIn(addDays(today, -firstHeld - 14), '09:00', zone),
    };

    const series: PanelSeries = {
      id: seriesId,
      caseId,
      caseReference: d.reference,
      level: d.level,
      cadenceWeeks,
      firstMeetingDate: addDays(today, -firstHeld),
      startTime,
      durationMinutes,
      timeZone: zone,
      chair: d.chair,
      coordinator: joWhitfield,
      members: d.members,
      status: 'active',
      calendar: { chatId, steps: [] },
      createdAt: theCase.createdAt,
    };

    const meetingAt = (daysFromToday: number) => instantIn(addDays(today, daysFromToday), startTime, zone);
    const held: Meeting[] = d.heldDaysAgo.map((ago, i) => ({
      id: `mtg_demo_${d.key}_${i + 1}`,
      seriesId,
      caseId,
      caseReference: d.reference,
      kind: i === 0 ? 'initial' : 'review',
      sequence: i + 1,
      start: meetingAt(-ago),
      durationMinutes,
      status: 'held',
      chatId,
    }));
    const next: Meeting = {
      id: `mtg_demo_${d.key}_${held.length + 1}`,
      seriesId,
      caseId,
      caseReference: d.reference,
      kind: 'review',
      sequence: held.length + 1,
      start: meetingAt(d.nextInDays),
      durationMinutes,
      status: 'scheduled',
      chatId,
    };
    const lastHeld = held[held.length - 1] ?? next;

    const actions: Action[] = d.actions.map((a, i) => ({
      id: `act_demo_${d.key}_${i + 1}`,
      caseId,
      caseReference: d.reference,
      seriesId,
      meetingId: lastHeld.id,
      text: a.text,
      pillar: a.pillar,
      owner: a.owner,
      dueDate: addDays(today, a.dueInDays),
      status: a.status ?? 'open',
      updates: [],
      createdAt: lastHeld.start,
    }));

    docs.push(kinded(caseKind, theCase), kinded(seriesKind, series));
    const protectedPeople = demoProtectedPeople[d.key];
    if (protectedPeople) {
      docs.push(
        kinded(protectedPeopleKind, { id: caseId, caseId, people: protectedPeople, updatedAt: theCase.createdAt }),
      );
    }
    for (const m of [...held, next]) docs.push(kinded(meetingKind, m));
    for (const a of actions) docs.push(kinded(actionKind, a));
  }
  // The register's further cases: every work queue and flag has something to show.
  docs.push(...registerDemoDocuments(today, settings, demoPeople));
  // The register's index, packed as local mode's writes keep it (src/app/cases/registerIndex.ts).
  const ofKind = <T extends Identified>(kind: DocumentKind<T>) =>
    docs.filter((d) => d.kind.name === kind.name).map((d) => d.doc as T);
  const entries = registerEntriesFor({
    cases: ofKind(caseKind),
    series: ofKind(seriesKind),
    meetings: ofKind(meetingKind),
    screenings: [],
    identifications: [],
    timeZone: zone,
  });
  for (const shard of registerShardsFor(entries, zone)) docs.push(kinded(registerShardKind, shard));
  return docs;
}

/** A store the demo can wipe (the IndexedDB store can). */
export type ClearableStorage = StoragePort & { clear(): Promise<void> };

/** "Reset demo data": removes everything in the local store and seeds the demo afresh. */
export async function resetDemoData(services: {
  storage: ClearableStorage;
  clock: ClockPort;
  settings: AreaSettings;
}): Promise<void> {
  await services.storage.clear();
  await seedDemoData(services);
}

/** Two tabs opening at once may both seed; the second finds the first one's documents and keeps them. */
async function createOnce<T extends { id: string }>(
  collection: { create(doc: T): Promise<unknown> },
  doc: T,
): Promise<void> {
  try {
    await collection.create(doc);
  } catch (e) {
    if (!(isConflict(e) && e.reason === 'exists')) throw e;
  }
}
