import { z } from 'zod';

import type { Message } from '../../i18n/message';
import { rolesOn, samePerson } from '../access/policy';
import { AgencySchema, agencies, type Agency, type Person } from '../people/agency';
import type { Meeting, PanelSeries } from '../panels/series.schema';
import { addDays, daysBetween, localDate, type IsoDate } from '../shared/dates';
import type { Case, Category, Disposal, Level } from './case.schema';
import { registerEntriesFor, type RegisterEntry, type SeriesState } from './registerEntry';
import { lazySchema } from '../shared/lazySchema';

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

/**
 * What the rows and the queue's count need of a referral awaiting a decision: which case, if any.
 * Not its clock, which needs the bank holiday data: the register's first rows do not wait for it.
 */
export type ReferralAwaiting = Pick<ReferralAwaitingDecision, 'id' | 'caseId'>;

/** What other parts of a case's life tell the register; each list is empty until those records exist. */
export type RegisterFeeds = {
  referralsAwaitingDecision: readonly ReferralAwaiting[];
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

const minusMonths = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 - months, 1));
  // The same day of the month, or the month's last day when it has fewer (31 March less one month is 28 or 29 February).
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return t.toISOString().slice(0, 10);
};

/** Custody cases are re-screened 6 months before release, 12 when complex (MAPPA guidance). */
const RESCREEN_MONTHS = { usual: 6, complex: 12 } as const;

/** When a custody case is next screened: `RESCREEN_MONTHS` before its release. */
export function screeningDueFor(c: {
  disposal?: Pick<Disposal, 'kind' | 'until' | 'complex'> | undefined;
}): IsoDate | undefined {
  const d = c.disposal;
  if (!d || d.kind !== 'custody' || !d.until) return undefined;
  return minusMonths(d.until, d.complex ? RESCREEN_MONTHS.complex : RESCREEN_MONTHS.usual);
}

/** Custody, hospital and guardianship cases need a record of who notified MAPPA and when. */
const needsNotification = (kind: Disposal['kind']): boolean =>
  kind === 'custody' || kind === 'hospital' || kind === 'guardianship';

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

/** A function of one text argument remembered per argument: ten thousand rows share a few hundred dates. */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      known.set(key, value);
    }
    return value as T;
  };
}

/** The day someone born on this date turns 18, as a date to compare with today (29 February births turn 18 on 1 March, as `ageOn` counts). */
const eighteenthBirthday = (dateOfBirth: IsoDate): IsoDate =>
  `${String(Number(dateOfBirth.slice(0, 4)) + 18).padStart(4, '0')}${dateOfBirth.slice(4)}`;

type Team = RegisterEntry['people'][number];
type PersonRef = Team['chair'];

/**
 * The rows of the register from the cases' entries (`registerEntry.ts`): what depends on today
 * (overdue, queues, age, custody) and on who is looking (the name) is decided here, per load.
 * Ten thousand rows are built on each open, so dates are compared as ISO texts and each date sum
 * is worked out once per distinct date, not once per row.
 */
export function registerRows(entries: readonly RegisterEntry[], context: RegisterRowsContext): RegisterRow[] {
  const { now, timeZone, cadenceWeeks, viewer, areaCoordinators } = context;
  const feeds = context.feeds ?? noFeeds;
  const today = localDate(now, timeZone);
  const lookahead = addDays(today, QUEUE_LOOKAHEAD_DAYS);
  const seesEveryName = areaCoordinators.some((c) => samePerson(c, viewer));
  const referred = new Set(feeds.referralsAwaitingDecision.flatMap((r) => (r.caseId ? [r.caseId] : [])));

  const level2Review = remembered((lastPanel) => addDays(lastPanel, cadenceWeeks.level2 * 7));
  const level3Review = remembered((lastPanel) => addDays(lastPanel, cadenceWeeks.level3 * 7));
  const daysPast = remembered((due) => daysBetween(due, today));
  const identifyBy = remembered((from) => addDays(from, IDENTIFICATION_DAYS));
  const rescreenOn = remembered((until) => minusMonths(until, RESCREEN_MONTHS.usual));
  const rescreenComplexOn = remembered((until) => minusMonths(until, RESCREEN_MONTHS.complex));
  // Whether the viewer is this person, asked once per person: a shard's entries share its people.
  const isViewer = new Map<PersonRef, boolean>();
  const viewerIs = (p: PersonRef) => {
    let same = isViewer.get(p);
    if (same === undefined) isViewer.set(p, (same = samePerson(p, viewer)));
    return same;
  };
  const onTeam = (t: Team) =>
    viewerIs(t.chair) || (t.coordinator !== undefined && viewerIs(t.coordinator)) || t.members.some(viewerIs);

  const rows: RegisterRow[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    // Need to know: coordinators and the case's own people (its series, its chair and members) see
    // the name. The access policy decides; it is asked only where the viewer is on one of the teams.
    const seesName =
      seesEveryName ||
      (e.people.some(onTeam) &&
        rolesOn(viewer, {
          caseId: e.caseId,
          series: e.people.map((p) => ({ ...p, status: 'active' })),
          areaCoordinators,
          writtenUpdateFrom: [],
        }).some((r) => r === 'coordinator' || r === 'chair' || r === 'member'));

    const { lastPanel } = e;
    const active = e.status === 'active';
    let nextReviewDue: IsoDate | undefined;
    if (active && e.level !== 1) {
      nextReviewDue =
        e.decidedReview ??
        (lastPanel
          ? (e.level === 3 ? level3Review : level2Review)(lastPanel)
          : // Never held: the first panel is due when the series planned it, or now when there is none.
            (e.firstMeetingDate ?? e.createdOn));
    }
    const daysOverdue = nextReviewDue && nextReviewDue < today ? daysPast(nextReviewDue) : 0;

    const d = e.disposal;
    const releaseDate = d?.kind === 'custody' && d.until && d.until > today ? d.until : undefined;
    const inCustody = active && (e.nominalInCustody || releaseDate !== undefined);

    // As `screeningDueFor`, remembered per release date.
    const dueScreening =
      active && d?.kind === 'custody' && d.until ? (d.complex ? rescreenComplexOn : rescreenOn)(d.until) : undefined;
    const screeningDue =
      dueScreening && d?.until && d.until > today && !((e.screenedOn ?? '') >= dueScreening) ? dueScreening : undefined;

    // A sentence or admission after the case was recorded (a recall, a hospital admission) needs identifying afresh.
    const identificationDue =
      active && d && d.from >= e.createdOn && !((e.identifiedOn ?? '') >= d.from) ? identifyBy(d.from) : undefined;

    const exitDue = active && e.exitDue && e.exitDue <= lookahead ? e.exitDue : undefined;

    const flags: RegisterFlag[] = [];
    if (e.seriousCaseReview) flags.push('seriousCaseReview');
    if (today < eighteenthBirthday(e.dateOfBirth)) flags.push('under18');
    if (e.category === 1) flags.push('registeredSexualOffender');
    if (d && (d.kind === 'hospital' || d.kind === 'guardianship') && (!d.until || d.until >= today)) {
      flags.push('hospitalOrder');
    }
    if (inCustody) flags.push('inCustody');
    if (e.mediaInterest) flags.push('mediaInterest');
    if (exitDue) flags.push('exitDue');

    const row: RegisterRow = {
      caseId: e.caseId,
      reference: e.reference,
      category: e.category,
      level: e.level,
      leadAgency: e.leadAgency,
      daysOverdue,
      seriesState: e.seriesState,
      flags,
      status: e.status,
      missingNotification: active && !!d && needsNotification(d.kind) && !d.notified,
      referralAwaiting: referred.has(e.caseId),
    };
    // Absent rather than undefined, as before: a row holds only what applies to it.
    if (seesName) row.name = e.name;
    if (e.chair) row.chair = e.chair;
    if (lastPanel) row.lastPanel = lastPanel;
    if (nextReviewDue) row.nextReviewDue = nextReviewDue;
    if (releaseDate) row.releaseDate = releaseDate;
    if (exitDue) row.exitDue = exitDue;
    if (e.exitedOn) row.exitedOn = e.exitedOn;
    if (screeningDue && screeningDue <= lookahead) row.screeningDue = screeningDue;
    if (identificationDue) row.identificationDue = identificationDue;
    rows[i] = row;
  }
  return rows;
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
export const RegisterQuerySchema = lazySchema(() =>
  z.object({
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
  }),
);
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

/**
 * Lower-case text the search looks in: reference, visible name, chair and agency. Made on the first
 * search that needs it, not with the rows: most opens of the register search nothing.
 */
const searchTexts = new WeakMap<RegisterRow, string>();
function searchTextOf(row: RegisterRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = [row.reference, row.name ?? '', row.chair ?? '', agencies[row.leadAgency]].join('\n').toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

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
      (words.length === 0 || words.every((w) => searchTextOf(r).includes(w))),
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
