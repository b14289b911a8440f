/**
 * Further fictional cases for the coordinator's register, so that every work queue and every flag
 * shows something in local mode: a review overdue, an exit due, an identification due after a
 * recall, a hospital order with no notification record, custody screenings due (6 months ahead, 12
 * when complex), a Level 1 registered sexual offender, under-18s, Category 4, media interest, a
 * Serious Case Review and an exited case; and two referrals awaiting the coordinator's decision,
 * one of them overdue. Every name is invented.
 */
import type { AreaSettings } from '../../core/area/areaSettings';
import { caseKind, type Case, type Category, type Disposal, type Level } from '../../core/cases/case.schema';
import { referralKind, type Referral } from '../../core/cases/lifecycle/referral.schema';
import { referralDecisionDue } from '../../core/cases/lifecycle/referralQueue';
import type { Agency, Person } from '../../core/people/agency';
import { meetingKind, seriesKind, type Meeting, type PanelSeries } from '../../core/panels/series.schema';
import type { DocumentKind, Identified } from '../../core/storage/defineDocument';
import { addDays, zonedInstant } from '../../core/shared/dates';
import type { KindedDocument } from './indexedDbStore';

type RegisterDemoCase = {
  key: string;
  reference: string;
  name: string;
  ageYears: number;
  category: Category;
  level: Level;
  leadAgency: Agency;
  chair: Person;
  members: Person[];
  /** Days ago of each held panel, oldest first; none for a case with no panels. */
  heldDaysAgo: number[];
  /** The disposal with dates as days from today. */
  disposal?: Omit<Disposal, 'from' | 'until' | 'notifiedAt'> & {
    fromDays: number;
    untilDays?: number;
    notifiedDays?: number;
  };
  recordedDaysAgo: number;
  exitDueInDays?: number;
  exitedDaysAgo?: number;
  mediaInterest?: boolean;
  seriousCaseReview?: boolean;
};

/** People the register cases draw on, passed in so that this module stays below the demo data's. */
export type RegisterDemoPeople = Record<
  'helenMarsh' | 'sianPryce' | 'owenGreaves' | 'nadiaFarouk' | 'danOkoro' | 'karenHolt' | 'mayaLindqvist',
  Person
> &
  Record<'garethPennock' | 'ruthAdeyemi' | 'callumBrierley' | 'joWhitfield', Person>;

const cases = (p: RegisterDemoPeople): RegisterDemoCase[] => [
  {
    key: '0201',
    reference: 'MP-2026-0201',
    name: 'Marcus Ellerthorne',
    ageYears: 38,
    category: 2,
    level: 2,
    leadAgency: 'probation',
    chair: p.owenGreaves,
    members: [p.nadiaFarouk, p.danOkoro, p.garethPennock],
    // Last panel 100 days ago at a 10-week cadence: the review is a month overdue.
    heldDaysAgo: [170, 100],
    recordedDaysAgo: 190,
    mediaInterest: true,
  },
  {
    key: '0202',
    reference: 'MP-2026-0202',
    name: 'Reuben Ashcombe',
    ageYears: 52,
    category: 1,
    level: 1,
    leadAgency: 'police',
    chair: p.sianPryce,
    members: [],
    heldDaysAgo: [],
    disposal: { kind: 'community', fromDays: -1810, untilDays: 15, complex: false },
    recordedDaysAgo: 1800,
    exitDueInDays: 15,
  },
  {
    key: '0203',
    reference: 'MP-2026-0203',
    name: 'Tamsin Quarrie',
    ageYears: 34,
    category: 2,
    level: 2,
    leadAgency: 'health',
    chair: p.helenMarsh,
    members: [p.mayaLindqvist, p.nadiaFarouk, p.danOkoro],
    heldDaysAgo: [20],
    // A hospital order with no record of who notified MAPPA.
    disposal: { kind: 'hospital', fromDays: -220, complex: false },
    recordedDaysAgo: 230,
  },
  {
    key: '0204',
    reference: 'MP-2026-0204',
    name: 'Jayden Orrell',
    ageYears: 17,
    category: 2,
    level: 1,
    leadAgency: 'youthJustice',
    chair: p.owenGreaves,
    members: [],
    heldDaysAgo: [],
    // Released in six months and ten days: the pre-release screening is due in ten days.
    disposal: {
      kind: 'custody',
      fromDays: -400,
      untilDays: 194,
      termMonths: 24,
      complex: false,
      notifiedBy: p.callumBrierley,
      notifiedDays: -398,
    },
    recordedDaysAgo: 398,
  },
  {
    key: '0205',
    reference: 'MP-2026-0205',
    name: 'Idris Fenwick-Hale',
    ageYears: 44,
    category: 3,
    level: 2,
    leadAgency: 'police',
    chair: p.sianPryce,
    members: [p.danOkoro, p.nadiaFarouk, p.garethPennock, p.ruthAdeyemi],
    heldDaysAgo: [30],
    // Recalled to custody yesterday: identification is due within 3 days, and nobody has yet recorded the notification.
    disposal: { kind: 'custody', fromDays: -1, untilDays: 300, complex: false },
    recordedDaysAgo: 320,
    seriousCaseReview: true,
  },
  {
    key: '0206',
    reference: 'MP-2026-0206',
    name: 'Solomon Treharne',
    ageYears: 61,
    category: 4,
    level: 3,
    leadAgency: 'police',
    chair: p.helenMarsh,
    members: [p.karenHolt, p.nadiaFarouk, p.danOkoro],
    heldDaysAgo: [10],
    // A complex case, re-screened 12 months before release: due a month ago.
    disposal: {
      kind: 'custody',
      fromDays: -2900,
      untilDays: 335,
      termMonths: 120,
      complex: true,
      notifiedBy: p.karenHolt,
      notifiedDays: -2890,
    },
    recordedDaysAgo: 2890,
    mediaInterest: true,
  },
  {
    key: '0207',
    reference: 'MP-2026-0207',
    name: 'Warren Pethick',
    ageYears: 50,
    category: 2,
    level: 2,
    leadAgency: 'probation',
    chair: p.owenGreaves,
    members: [p.nadiaFarouk, p.danOkoro],
    heldDaysAgo: [200, 130, 62],
    disposal: { kind: 'community', fromDays: -900, untilDays: -60, complex: false },
    recordedDaysAgo: 900,
    exitDueInDays: -60,
    exitedDaysAgo: 60,
  },
];

const kinded = <T extends Identified>(kind: DocumentKind<T>, doc: T): KindedDocument => ({
  kind: kind as unknown as DocumentKind<Identified>,
  doc,
});

/** The register cases' documents, with dates relative to `today` in the area's zone. No panel chats: none is bound to a meeting. */
export function registerDemoDocuments(
  today: string,
  settings: AreaSettings,
  people: RegisterDemoPeople,
): KindedDocument[] {
  const zone = settings.timeZone;
  const at = (days: number, time = '10:00') => zonedInstant(addDays(today, days), time, zone).toISOString();
  const docs: KindedDocument[] = [];
  for (const d of cases(people)) {
    const caseId = `case_demo_${d.key}`;
    const exited = d.exitedDaysAgo !== undefined;
    const disposal: Disposal | undefined = d.disposal && {
      kind: d.disposal.kind,
      from: addDays(today, d.disposal.fromDays),
      ...(d.disposal.untilDays !== undefined ? { until: addDays(today, d.disposal.untilDays) } : {}),
      ...(d.disposal.termMonths !== undefined ? { termMonths: d.disposal.termMonths } : {}),
      complex: d.disposal.complex,
      ...(d.disposal.notifiedBy ? { notifiedBy: d.disposal.notifiedBy } : {}),
      ...(d.disposal.notifiedDays !== undefined ? { notifiedAt: at(d.disposal.notifiedDays, '11:00') } : {}),
    };
    const theCase: Case = {
      id: caseId,
      reference: d.reference,
      area: settings.areaName,
      nominal: {
        name: d.name,
        dateOfBirth: addDays(today, -Math.round(d.ageYears * 365.25) - 40),
        aliases: [],
        identifiers: {},
        childSexOffender: false,
        inCustody: d.disposal?.kind === 'custody' && (d.disposal.untilDays ?? 1) > 0,
      },
      category: d.category,
      level: d.level,
      leadAgency: d.leadAgency,
      offenderManager: people.nadiaFarouk,
      status: exited ? 'exited' : 'active',
      createdAt: at(-d.recordedDaysAgo, '09:00'),
      chair: d.chair,
      members: d.members.map((person) => ({
        person,
        standing: settings.standingMembers.some((s) => s.id === person.id),
      })),
      ...(disposal ? { disposal } : {}),
      flags: { mediaInterest: d.mediaInterest ?? false, seriousCaseReview: d.seriousCaseReview ?? false },
      ...(d.exitDueInDays !== undefined ? { exitDue: addDays(today, d.exitDueInDays) } : {}),
      ...(exited ? { exitedAt: at(-(d.exitedDaysAgo ?? 0), '16:00') } : {}),
    };
    docs.push(kinded(caseKind, theCase));
    const first = d.heldDaysAgo[0];
    if (first === undefined) continue;

    const seriesId = `ser_demo_${d.key}`;
    const series: PanelSeries = {
      id: seriesId,
      caseId,
      caseReference: d.reference,
      level: d.level,
      cadenceWeeks: d.level === 3 ? settings.cadenceWeeks.level3 : settings.cadenceWeeks.level2,
      firstMeetingDate: addDays(today, -first),
      startTime: '10:00',
      durationMinutes: 60,
      timeZone: zone,
      chair: d.chair,
      coordinator: people.joWhitfield,
      members: d.members,
      status: exited ? 'ended' : 'active',
      ...(exited ? { endedOn: addDays(today, -(d.exitedDaysAgo ?? 0)), endReason: 'Exited from MAPPA' } : {}),
      createdAt: theCase.createdAt,
    };
    docs.push(kinded(seriesKind, series));
    d.heldDaysAgo.forEach((ago, i) => {
      const meeting: Meeting = {
        id: `mtg_demo_${d.key}_${i + 1}`,
        seriesId,
        caseId,
        caseReference: d.reference,
        kind: i === 0 ? 'initial' : 'review',
        sequence: i + 1,
        start: at(-ago),
        durationMinutes: 60,
        status: 'held',
      };
      docs.push(kinded(meetingKind, meeting));
    });
  }
  docs.push(...demoReferrals(today, settings, people, docs));
  return docs;
}

/**
 * Two referrals (MAPPA A) awaiting the coordinator: a Level 1 case referred up by youth justice,
 * received two days ago, and a new nominal from health whose decision is overdue. The demo's
 * clocks count weekends but not bank holidays: the holiday table loads only with scheduling, and
 * the demo's dates are days from today, so a holiday falls on them only now and then.
 */
function demoReferrals(
  today: string,
  settings: AreaSettings,
  people: RegisterDemoPeople,
  docs: readonly KindedDocument[],
): KindedDocument[] {
  const zone = settings.timeZone;
  const raised = docs.find((d) => d.doc.id === 'case_demo_0204')?.doc as Case | undefined;
  const referral = (
    over: Pick<Referral, 'id' | 'level' | 'category' | 'nominal' | 'leadAgency' | 'reasons' | 'risk' | 'addedValue'> &
      Partial<Referral>,
    receivedDaysAgo: number,
    referrer: Person,
  ): Referral => {
    const receivedOn = addDays(today, -receivedDaysAgo);
    return {
      area: settings.areaName,
      referrer,
      submittedAt: zonedInstant(receivedOn, '09:30', zone).toISOString(),
      receivedOn,
      decisionDue: referralDecisionDue(receivedOn, [], settings.referralDecisionWorkingDays),
      status: 'awaiting',
      ...over,
    };
  };
  const referrals: Referral[] = [
    referral(
      {
        id: 'ref_demo_new_health',
        level: 3,
        category: 2,
        nominal: {
          name: 'Idris Vallender',
          dateOfBirth: addDays(today, -Math.round(41 * 365.25) - 75),
          aliases: [],
          identifiers: {},
          childSexOffender: false,
          inCustody: false,
        },
        disposal: { kind: 'hospital', from: addDays(today, -700), complex: true },
        leadAgency: 'health',
        reasons: 'Conditional discharge from a secure hospital is planned within two months.',
        risk: 'Threats of serious violence towards a former partner, who lives in the area.',
        addedValue: 'Police, housing and children’s services need to agree exclusion zones and a safety plan together.',
      },
      20,
      people.mayaLindqvist,
    ),
  ];
  if (raised) {
    referrals.push(
      referral(
        {
          id: 'ref_demo_raise_0204',
          caseId: raised.id,
          level: 2,
          category: raised.category,
          nominal: raised.nominal,
          leadAgency: raised.leadAgency,
          reasons: 'Contact with a younger child found during a home visit, against his licence conditions.',
          risk: 'Risk of sexual harm to children, rising as release approaches.',
          addedValue: 'Children’s services and police need to plan release accommodation with youth justice.',
        },
        2,
        people.callumBrierley,
      ),
    );
  }
  return referrals.map((r) => kinded(referralKind, r));
}
