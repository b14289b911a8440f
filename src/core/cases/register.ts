import { z } from 'zod';

import type { Message } from '../../i18n/message';
import { rolesOn, samePerson } from '../access/policy';
import { AgencySchema, agencies, type Agency, type Person } from '../people/agency';
import type { Meeting, PanelSeries } from '../panels/series.schema';
import { addDays, daysBetween, localDate, type IsoDate } from '../shared/dates';
import type { Case, Category, Disposal, Level } from './case.schema';
import { registerEntriesFor, type RegisterEntry, type SeriesState } from './registerEntry';

/**
 * The coordinator's case register: one row per case in the area, the work queues over it, and the
 * filter the page's address keeps. Pure: the app reads the documents, this turns them into rows.
 */

/** Register flags, in the order the register shows them. */
export const registerFlags = [
  'seriousCaseReview',
  'under18',
  'registeredSexualOffender',
  'hospitalOrder',
  'inCustody',
  'mediaInterest',
  'exitDue',
] as const;
export type RegisterFlag = (typeof registerFlags)[number];

export const registerFlagLabels: Record<RegisterFlag, string> = {
  seriousCaseReview: 'Serious Case Review',
  under18: 'Under 18',
  registeredSexualOffender: 'Registered sexual offender',
  hospitalOrder: 'Hospital or guardianship order',
  inCustody: 'In custody',
  mediaInterest: 'Media interest',
  exitDue: 'Exit due',
};

export type { SeriesState };
export const seriesStateLabels: Record<SeriesState, string> = {
  noneNeeded: 'No panels (Level 1)',
  noSeries: 'No series',
  scheduling: 'Not finished',
  active: 'Scheduled',
  ended: 'Ended',
};

/** How far ahead the exit and screening queues look, so the coordinator can prepare. */
export const QUEUE_LOOKAHEAD_DAYS = 28;
/** Identification is due within 3 days of sentence or admission (MAPPA guidance). */
export const IDENTIFICATION_DAYS = 3;

/** A referral (MAPPA A) waiting for the coordinator's decision; the lifecycle's documents supply these. */
export type ReferralAwaitingDecision = {
  id: string;
  /** The case, when the referral concerns a case already on the register (e.g. raising a Level 1 case). */
  caseId?: string;
  /** How the queue names it: a case reference, never a name. */
  label: Message;
  referringAgency: Agency;
  /** The level the referral asks for. */
  level: 2 | 3;
  receivedOn: IsoDate;
  /** The end of the decision clock (10 working days, bank holidays counted). */
  decideBy: IsoDate;
  /** Working days left to decide: 0 on the due day, negative once overdue. */
  workingDaysLeft: number;
  overdue: boolean;
};

/** What other parts of a case's life tell the register; each list is empty until those records exist. */
export type RegisterFeeds = {
  referralsAwaitingDecision: readonly ReferralAwaitingDecision[];
  /** Screenings (MAPPA Q) recorded, by case: a screening on or after the due date clears it. */
  screenings: readonly { caseId: string; screenedOn: IsoDate }[];
  /** Identifications recorded, by case: one on or after the sentence or admission clears it. */
  identifications: readonly { caseId: string; identifiedOn: IsoDate }[];
  /** Next review dates decided in finalised minutes, where they differ from the cadence. */
  nextReviews: readonly { caseId: string; date: IsoDate }[];
};

export const noFeeds: RegisterFeeds = {
  referralsAwaitingDecision: [],
  screenings: [],
  identifications: [],
  nextReviews: [],
};

export type RegisterRow = {
  caseId: string;
  reference: string;
  /** The nominal's name, only for those allowed to see it; otherwise absent. */
  name?: string;
  category: Category;
  level: Level;
  leadAgency: Agency;
  chair?: string;
  lastPanel?: IsoDate;
  nextReviewDue?: IsoDate;
  /** Days past the next review with no panel held; 0 when not overdue. */
  daysOverdue: number;
  seriesState: SeriesState;
  flags: readonly RegisterFlag[];
  releaseDate?: IsoDate;
  exitDue?: IsoDate;
  status: 'active' | 'exited';
  exitedOn?: IsoDate;
  screeningDue?: IsoDate;
  identificationDue?: IsoDate;
  missingNotification: boolean;
  referralAwaiting: boolean;
  /** Lower-case text the search looks in: reference, visible name, chair and agency. */
  searchText: string;
};

export type RegisterInput = {
  cases: readonly Case[];
  series: readonly PanelSeries[];
  /** Held meetings only: the last panel of each case. */
  heldMeetings: readonly Pick<Meeting, 'caseId' | 'start'>[];
  now: Date;
  timeZone: string;
  cadenceWeeks: { level2: number; level3: number };
  viewer: Person;
  areaCoordinators: readonly Person[];
  feeds?: RegisterFeeds;
};

const ageOn = (dateOfBirth: IsoDate, today: IsoDate): number => {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
};

const minusMonths = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 - months, 1));
  // The same day of the month, or the month's last day when it has fewer (31 March less one month is 28 or 29 February).
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return t.toISOString().slice(0, 10);
};

/** Custody cases are re-screened 6 months before release, 12 when complex (MAPPA guidance). */
export function screeningDueFor(c: {
  disposal?: Pick<Disposal, 'kind' | 'until' | 'complex'> | undefined;
}): IsoDate | undefined {
  const d = c.disposal;
  if (!d || d.kind !== 'custody' || !d.until) return undefined;
  return minusMonths(d.until, d.complex ? 12 : 6);
}

/** Custody, hospital and guardianship cases need a record of who notified MAPPA and when. */
const needsNotification = (kind: Disposal['kind']): boolean => ['custody', 'hospital', 'guardianship'].includes(kind);

/** One row per case, in no particular order. Built once per load; filtering and sorting reuse the rows. */
export function buildRegister(input: RegisterInput): RegisterRow[] {
  const feeds = input.feeds ?? noFeeds;
  const entries = registerEntriesFor({
    cases: input.cases,
    series: input.series,
    meetings: input.heldMeetings.map((m) => ({ ...m, status: 'held' })),
    screenings: feeds.screenings,
    identifications: feeds.identifications,
    decidedReviews: new Map(feeds.nextReviews.map((r) => [r.caseId, r.date])),
    timeZone: input.timeZone,
  });
  return registerRows(entries, input);
}

export type RegisterRowsContext = Pick<
  RegisterInput,
  'now' | 'timeZone' | 'cadenceWeeks' | 'viewer' | 'areaCoordinators' | 'feeds'
>;

/**
 * The rows of the register from the cases' entries (`registerEntry.ts`): what depends on today
 * (overdue, queues, age, custody) and on who is looking (the name) is decided here, per load.
 */
export function registerRows(entries: readonly RegisterEntry[], context: RegisterRowsContext): RegisterRow[] {
  const { now, timeZone, cadenceWeeks, viewer, areaCoordinators } = context;
  const feeds = context.feeds ?? noFeeds;
  const today = localDate(now, timeZone);
  const lookahead = addDays(today, QUEUE_LOOKAHEAD_DAYS);
  const seesEveryName = areaCoordinators.some((c) => samePerson(c, viewer));
  const referred = new Set(feeds.referralsAwaitingDecision.flatMap((r) => (r.caseId ? [r.caseId] : [])));

  return entries.map((e) => {
    // Need to know: coordinators and the case's own people (its series, its chair and members) see the name.
    const seesName =
      seesEveryName ||
      rolesOn(viewer, {
        caseId: e.caseId,
        series: e.people.map((p) => ({ ...p, status: 'active' })),
        areaCoordinators,
        writtenUpdateFrom: [],
      }).some((r) => r === 'coordinator' || r === 'chair' || r === 'member');

    const { lastPanel } = e;
    const weeks = e.level === 3 ? cadenceWeeks.level3 : cadenceWeeks.level2;
    let nextReviewDue: IsoDate | undefined;
    if (e.status === 'active' && e.level !== 1) {
      nextReviewDue =
        e.decidedReview ??
        (lastPanel
          ? addDays(lastPanel, weeks * 7)
          : // Never held: the first panel is due when the series planned it, or now when there is none.
            (e.firstMeetingDate ?? e.createdOn));
    }
    const daysOverdue = nextReviewDue && nextReviewDue < today ? daysBetween(nextReviewDue, today) : 0;

    const d = e.disposal;
    const active = e.status === 'active';
    const releaseDate = d?.kind === 'custody' && d.until && d.until > today ? d.until : undefined;
    const inCustody = active && (e.nominalInCustody || releaseDate !== undefined);

    const dueScreening = active && d ? screeningDueFor({ disposal: d }) : undefined;
    const screeningDue =
      dueScreening && d?.until && d.until > today && !((e.screenedOn ?? '') >= dueScreening) ? dueScreening : undefined;

    // A sentence or admission after the case was recorded (a recall, a hospital admission) needs identifying afresh.
    const identificationDue =
      active && d && d.from >= e.createdOn && !((e.identifiedOn ?? '') >= d.from)
        ? addDays(d.from, IDENTIFICATION_DAYS)
        : undefined;

    const exitDue = active && e.exitDue && e.exitDue <= lookahead ? e.exitDue : undefined;

    const flags: RegisterFlag[] = [];
    if (e.seriousCaseReview) flags.push('seriousCaseReview');
    if (ageOn(e.dateOfBirth, today) < 18) flags.push('under18');
    if (e.category === 1) flags.push('registeredSexualOffender');
    if (d && (d.kind === 'hospital' || d.kind === 'guardianship') && (!d.until || d.until >= today)) {
      flags.push('hospitalOrder');
    }
    if (inCustody) flags.push('inCustody');
    if (e.mediaInterest) flags.push('mediaInterest');
    if (exitDue) flags.push('exitDue');

    const name = seesName ? e.name : undefined;
    const { chair } = e;
    return {
      caseId: e.caseId,
      reference: e.reference,
      ...(name !== undefined ? { name } : {}),
      category: e.category,
      level: e.level,
      leadAgency: e.leadAgency,
      ...(chair ? { chair } : {}),
      ...(lastPanel ? { lastPanel } : {}),
      ...(nextReviewDue ? { nextReviewDue } : {}),
      daysOverdue,
      seriesState: e.seriesState,
      flags,
      ...(releaseDate ? { releaseDate } : {}),
      ...(exitDue ? { exitDue } : {}),
      status: e.status,
      ...(e.exitedOn ? { exitedOn: e.exitedOn } : {}),
      ...(screeningDue && screeningDue <= lookahead ? { screeningDue } : {}),
      ...(identificationDue ? { identificationDue } : {}),
      missingNotification: active && !!d && needsNotification(d.kind) && !d.notified,
      referralAwaiting: referred.has(e.caseId),
      searchText: [e.reference, name ?? '', chair ?? '', agencies[e.leadAgency]].join('\n').toLowerCase(),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Work queues and the filter.

/** What the register shows: the active cases, one work queue, or the exited cases. */
export const registerViews = [
  'active',
  'overdue',
  'exitsDue',
  'identificationsDue',
  'missingNotification',
  'screeningsDue',
  'referrals',
  'exited',
] as const;
export type RegisterView = (typeof registerViews)[number];

export const registerViewLabels: Record<RegisterView, string> = {
  active: 'Active cases',
  overdue: 'Reviews overdue',
  exitsDue: 'Exits due',
  identificationsDue: 'Identifications due',
  missingNotification: 'Missing notification record',
  screeningsDue: 'Screenings due',
  referrals: 'Referrals awaiting decision',
  exited: 'Exited cases',
};

const inView: Record<RegisterView, (r: RegisterRow) => boolean> = {
  active: (r) => r.status === 'active',
  overdue: (r) => r.daysOverdue > 0,
  exitsDue: (r) => r.exitDue !== undefined,
  identificationsDue: (r) => r.identificationDue !== undefined,
  missingNotification: (r) => r.missingNotification,
  screeningsDue: (r) => r.screeningDue !== undefined,
  referrals: (r) => r.referralAwaiting,
  exited: (r) => r.status === 'exited',
};

/** How many rows each view holds; referrals count every one awaiting a decision, on the register or not. */
export function queueCounts(
  rows: readonly RegisterRow[],
  feeds: RegisterFeeds = noFeeds,
): Record<RegisterView, number> {
  const counts = Object.fromEntries(registerViews.map((v) => [v, 0])) as Record<RegisterView, number>;
  for (const r of rows) for (const v of registerViews) if (inView[v](r)) counts[v] += 1;
  counts.referrals = feeds.referralsAwaitingDecision.length;
  return counts;
}

export const sortKeys = [
  'reference',
  'name',
  'category',
  'level',
  'leadAgency',
  'chair',
  'lastPanel',
  'nextReviewDue',
  'daysOverdue',
  'seriesState',
] as const;
export type SortKey = (typeof sortKeys)[number];

/** A field the address gives that is missing or not understood falls back to its default: a bad link still opens the register. */
const lenient = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

/** The register's filter as the page's address keeps it (`#/panels?view=overdue&level=3&sort=reference`). */
export const RegisterQuerySchema = z.object({
  view: z.enum(registerViews).catch('active').default('active'),
  q: lenient(z.string().trim().max(100)),
  level: lenient(z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3)]))),
  category: lenient(z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]))),
  agency: lenient(AgencySchema),
  sort: z.enum(sortKeys).catch('nextReviewDue').default('nextReviewDue'),
  dir: z.enum(['asc', 'desc']).catch('asc').default('asc'),
  page: lenient(z.coerce.number().int().min(1).max(100_000)),
  /** The case whose panels are open, over the register. */
  case: lenient(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/)),
});
export type RegisterQuery = z.infer<typeof RegisterQuerySchema>;

/** The filter from the query part of an address (`?view=…` or the part of a hash after `?`). */
export function parseRegisterQuery(search: string): RegisterQuery {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value !== '') raw[key] = value;
  return RegisterQuerySchema.parse(raw);
}

/** The query string for a filter, leaving out defaults so that a plain link stays plain. */
export function registerQueryString(query: RegisterQuery): string {
  const params = new URLSearchParams();
  if (query.view !== 'active') params.set('view', query.view);
  if (query.q) params.set('q', query.q);
  if (query.level) params.set('level', String(query.level));
  if (query.category) params.set('category', String(query.category));
  if (query.agency) params.set('agency', query.agency);
  if (query.sort !== 'nextReviewDue') params.set('sort', query.sort);
  if (query.dir !== 'asc') params.set('dir', query.dir);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.case) params.set('case', query.case);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const seriesOrder: Record<SeriesState, number> = { noSeries: 0, scheduling: 1, active: 2, ended: 3, noneNeeded: 4 };

/** The value a row is sorted on; rows with nothing to compare (no date, a hidden name) go last either way. */
const sortValue: Record<SortKey, (r: RegisterRow) => string | number | undefined> = {
  reference: (r) => r.reference,
  name: (r) => r.name?.toLowerCase(),
  chair: (r) => r.chair?.toLowerCase(),
  leadAgency: (r) => agencies[r.leadAgency],
  lastPanel: (r) => r.lastPanel,
  nextReviewDue: (r) => r.nextReviewDue,
  category: (r) => r.category,
  level: (r) => r.level,
  daysOverdue: (r) => r.daysOverdue,
  seriesState: (r) => seriesOrder[r.seriesState],
};

/** The rows the filter selects, sorted; ties fall back to the reference so the order is stable. */
export function filterRegister(rows: readonly RegisterRow[], query: RegisterQuery): RegisterRow[] {
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const keep = inView[query.view];
  const selected = rows.filter(
    (r) =>
      keep(r) &&
      (query.level === undefined || r.level === query.level) &&
      (query.category === undefined || r.category === query.category) &&
      (query.agency === undefined || r.leadAgency === query.agency) &&
      words.every((w) => r.searchText.includes(w)),
  );
  const value = sortValue[query.sort];
  const sign = query.dir === 'desc' ? -1 : 1;
  // Values picked once per row, not once per comparison: sorting ten thousand rows stays quick.
  const keyed = selected.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else if (a.key !== b.key) {
      return sign * (a.key < b.key ? -1 : 1);
    }
    return a.row.reference < b.row.reference ? -1 : a.row.reference > b.row.reference ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}
