import { z } from 'zod';

import { AgencySchema, type Person } from '../people/agency';
import type { Meeting, PanelSeries } from '../panels/series.schema';
import { localDate, type IsoDate } from '../shared/dates';
import { defineDocument } from '../storage/defineDocument';
import { CategorySchema, LevelSchema, type Case } from './case.schema';
import { lazySchema } from '../shared/lazySchema';

/**
 * One small record per case holding what the register needs of the case and of its series, held
 * panels, screenings and identifications: the facts that do not depend on today or on who is looking.
 * The register reads these instead of decoding every case, series and meeting (ten thousand cases
 * are some twenty-three thousand documents). `register.ts` turns an entry into a row, so the rules
 * stay in one place; `registerEntryFor` here is the only way an entry is made.
 *
 * It is derived data: the app writes it after each change to the documents it comes from, marking
 * it stale first (`pendingWrites`), and rebuilds any entry that is missing, stale or made for
 * another time zone before showing it (src/app/cases/registerIndex.ts).
 */
export const seriesStates = ['noneNeeded', 'noSeries', 'scheduling', 'active', 'ended'] as const;
/** Where the case's panel series stands. Level 1 cases are managed by the lead agency with no series. */
export type SeriesState = (typeof seriesStates)[number];

// The entry is built from documents already validated on their own write, so its schema checks the
// shape cheaply (a date's form, not whether the day exists): ten thousand are decoded per load.
const DateSchema = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
const PersonRefSchema = lazySchema(() =>
  z.object({ id: z.string(), name: z.string(), email: z.string(), agency: AgencySchema }),
);

export const RegisterEntrySchema = lazySchema(() =>
  z.object({
    /** The case's id. */
    id: z.string().min(1),
    caseId: z.string().min(1),
    /** The area time zone the local dates below were taken in; an entry for another zone is rebuilt. */
    timeZone: z.string(),
    /** Writes under way that change what this entry is made from: while any is listed, the entry is rebuilt before use. */
    pendingWrites: z.array(z.object({ token: z.string(), at: z.string() })),
    reference: z.string(),
    name: z.string(),
    dateOfBirth: DateSchema,
    category: CategorySchema,
    level: LevelSchema,
    leadAgency: AgencySchema,
    status: z.enum(['active', 'exited']),
    createdOn: DateSchema,
    exitedOn: DateSchema.optional(),
    chair: z.string().optional(),
    nominalInCustody: z.boolean(),
    disposal: z
      .object({
        kind: z.enum(['custody', 'community', 'hospital', 'guardianship', 'caution', 'conditionalDischarge']),
        from: DateSchema,
        until: DateSchema.optional(),
        complex: z.boolean(),
        notified: z.boolean(),
      })
      .optional(),
    seriousCaseReview: z.boolean(),
    mediaInterest: z.boolean(),
    exitDue: DateSchema.optional(),
    /** The next review finalised minutes decided, while the case is active. */
    decidedReview: DateSchema.optional(),
    seriesState: z.enum(seriesStates),
    /** The live series' first meeting: when a never-held case's first panel is due. */
    firstMeetingDate: DateSchema.optional(),
    lastPanel: DateSchema.optional(),
    screenedOn: DateSchema.optional(),
    identifiedOn: DateSchema.optional(),
    /** The case's people as the access policy counts them (live series, and the active case's own chair and members): who sees the name. */
    people: z.array(
      z.object({
        chair: PersonRefSchema,
        coordinator: PersonRefSchema.optional(),
        members: z.array(PersonRefSchema),
      }),
    ),
  }),
);
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export const registerEntryKind = defineDocument<RegisterEntry>({
  name: 'registerEntries',
  version: 1,
  schema: RegisterEntrySchema,
  migrations: {},
  indexes: {},
});

/** What a case's entry is made from: the case, its series, and the latest of its held panels, screenings and identifications. */
export type RegisterEntryFacts = {
  theCase: Case;
  series: readonly PanelSeries[];
  /** Start instants of the case's held meetings. */
  heldStarts: readonly string[];
  screenedOn: readonly IsoDate[];
  identifiedOn: readonly IsoDate[];
  /** The next review decided in finalised minutes; by default the active case's own. */
  decidedReview?: IsoDate | undefined;
  timeZone: string;
};

const latestOf = (dates: readonly IsoDate[]): IsoDate | undefined =>
  dates.reduce<IsoDate | undefined>((a, d) => (a === undefined || d > a ? d : a), undefined);

const personRef = (p: Person) => ({ id: p.id, name: p.name, email: p.email, agency: p.agency });

/** The entry of one case. Pure: the same facts always give the same entry (with no writes pending). */
export function registerEntryFor(facts: RegisterEntryFacts): RegisterEntry {
  const { theCase: c, timeZone } = facts;
  const series = [...facts.series].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const live = series.find((s) => s.status !== 'ended');
  const current = live ?? series[series.length - 1];
  const seriesState: SeriesState =
    c.level === 1 && !live ? 'noneNeeded' : current ? (live ? live.status : 'ended') : 'noSeries';

  // The latest held meeting by instant, turned into a local date once.
  let lastHeldAt = -Infinity;
  for (const start of facts.heldStarts) lastHeldAt = Math.max(lastHeldAt, Date.parse(start));
  const lastPanel = Number.isFinite(lastHeldAt) ? localDate(new Date(lastHeldAt), timeZone) : undefined;

  const decidedReview =
    'decidedReview' in facts ? facts.decidedReview : c.status === 'active' ? c.nextReviewDue : undefined;
  const people = [
    ...series
      .filter((s) => s.status !== 'ended')
      .map((s) => ({
        chair: personRef(s.chair),
        ...(s.coordinator ? { coordinator: personRef(s.coordinator) } : {}),
        members: s.members.map(personRef),
      })),
    ...(c.chair && c.status === 'active'
      ? [{ chair: personRef(c.chair), members: c.members.map((m) => personRef(m.person)) }]
      : []),
  ];
  const d = c.disposal;
  const chair = c.chair?.name ?? current?.chair.name;
  const screenedOn = latestOf(facts.screenedOn);
  const identifiedOn = latestOf(facts.identifiedOn);
  return {
    id: c.id,
    caseId: c.id,
    timeZone,
    pendingWrites: [],
    reference: c.reference,
    name: c.nominal.name,
    dateOfBirth: c.nominal.dateOfBirth,
    category: c.category,
    level: c.level,
    leadAgency: c.leadAgency,
    status: c.status,
    createdOn: localDate(c.createdAt, timeZone),
    ...(c.exitedAt ? { exitedOn: localDate(c.exitedAt, timeZone) } : {}),
    ...(chair ? { chair } : {}),
    nominalInCustody: c.nominal.inCustody,
    ...(d
      ? {
          disposal: {
            kind: d.kind,
            from: d.from,
            ...(d.until ? { until: d.until } : {}),
            complex: d.complex,
            notified: Boolean(d.notifiedBy && d.notifiedAt),
          },
        }
      : {}),
    seriousCaseReview: c.flags.seriousCaseReview,
    mediaInterest: c.flags.mediaInterest,
    ...(c.exitDue ? { exitDue: c.exitDue } : {}),
    ...(decidedReview ? { decidedReview } : {}),
    seriesState,
    ...(live ? { firstMeetingDate: live.firstMeetingDate } : {}),
    ...(lastPanel ? { lastPanel } : {}),
    ...(screenedOn ? { screenedOn } : {}),
    ...(identifiedOn ? { identifiedOn } : {}),
    people,
  };
}

/** Every case's documents of the kinds an entry is made from, as read in bulk. */
export type RegisterSources = {
  cases: readonly Case[];
  series: readonly PanelSeries[];
  /** Held meetings (others are ignored). */
  meetings: readonly Pick<Meeting, 'caseId' | 'start' | 'status'>[];
  screenings: readonly { caseId: string; screenedOn: IsoDate }[];
  identifications: readonly { caseId: string; identifiedOn: IsoDate }[];
  /** Next reviews decided in finalised minutes, where given apart from the cases (by default each active case's own). */
  decidedReviews?: ReadonlyMap<string, IsoDate>;
  timeZone: string;
};

/** The entries of many cases at once: their documents grouped by case, then `registerEntryFor` each. */
export function registerEntriesFor(sources: RegisterSources): RegisterEntry[] {
  const seriesBy = groupBy(sources.series, (s) => s.caseId);
  const heldBy = groupBy(
    sources.meetings.filter((m) => m.status === 'held'),
    (m) => m.caseId,
  );
  const screenedBy = groupBy(sources.screenings, (s) => s.caseId);
  const identifiedBy = groupBy(sources.identifications, (i) => i.caseId);
  const { decidedReviews, timeZone } = sources;
  return sources.cases.map((c) =>
    registerEntryFor({
      theCase: c,
      series: seriesBy.get(c.id) ?? [],
      heldStarts: (heldBy.get(c.id) ?? []).map((m) => m.start),
      screenedOn: (screenedBy.get(c.id) ?? []).map((s) => s.screenedOn),
      identifiedOn: (identifiedBy.get(c.id) ?? []).map((i) => i.identifiedOn),
      ...(decidedReviews ? { decidedReview: decidedReviews.get(c.id) } : {}),
      timeZone,
    }),
  );
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
};

/** Whether an entry can be shown as it is: made for the area's time zone, with no write under way that would change it. */
export const entryIsCurrent = (entry: RegisterEntry, timeZone: string): boolean =>
  entry.timeZone === timeZone && entry.pendingWrites.length === 0;
