import type { Category, Disposal, Level } from '../case.schema';
import { addDays, type IsoDate } from '../../shared/dates';
import { msg, type Message, type MessageKey } from '../../../i18n/message';
import { err, ok, type Result } from '../../shared/result';

/**
 * The facts that bring a person under MAPPA, as the identifying agency records them (MAPPA A part 1,
 * MAPPA Q step 1). Each answers one category's test; the category itself is never chosen by hand.
 */
export type CategoryFacts = {
  /** Subject to notification requirements (Sexual Offences Act 2003 Part 2). */
  registeredSexOffender: boolean;
  /** Murder or a Schedule 15 CJA 2003 offence with 12 months or more custody (including suspended and indeterminate), or a hospital or guardianship order. */
  violentOrOtherSexualOffender: boolean;
  /** A conviction or caution showing capacity for serious harm, and a current risk needing multi-agency management. */
  otherDangerousOffender: boolean;
  /** Convicted of a terrorism offence or one with a terrorist connection, or identified by counter-terrorism police or probation. */
  terrorism: boolean;
};

export const noFacts: CategoryFacts = {
  registeredSexOffender: false,
  violentOrOtherSexualOffender: false,
  otherDangerousOffender: false,
  terrorism: false,
};

/** Each fact's test in words, in precedence order (say with `t(…)`). */
export const categoryFactLabels: Record<keyof CategoryFacts, MessageKey> = {
  registeredSexOffender: 'cases.identify.fact.registeredSexOffender',
  violentOrOtherSexualOffender: 'cases.identify.fact.violentOrOtherSexualOffender',
  otherDangerousOffender: 'cases.identify.fact.otherDangerousOffender',
  terrorism: 'cases.identify.fact.terrorism',
};

const tests: readonly [Category, keyof CategoryFacts][] = [
  [1, 'registeredSexOffender'],
  [2, 'violentOrOtherSexualOffender'],
  [3, 'otherDangerousOffender'],
  [4, 'terrorism'],
];

export type CategoryDecision = {
  category: Category;
  /** Every category whose test the facts meet, in precedence order; the first is the one that counts. */
  met: Category[];
};

/**
 * The one category from the facts (MAPPA guidance: a person is in exactly one category; when more
 * than one applies, the first wins). Category 3 applies only at Level 2 or 3 and only with a written
 * rationale of the capacity for serious harm and the current risk; without them it does not apply.
 */
export function categoryFromFacts(
  facts: CategoryFacts,
  level: Level,
  category3Rationale = '',
): Result<CategoryDecision, Message[]> {
  const met = tests.filter(([, fact]) => facts[fact]).map(([c]) => c);
  const first = met[0];
  if (first === undefined) return err([msg('cases.problem.noCategory')]);
  if (first !== 3) return ok({ category: first, met });
  const problems: Message[] = [];
  if (level === 1) problems.push(msg('cases.problem.category3Level'));
  if (!category3Rationale.trim()) problems.push(msg('cases.problem.category3Rationale'));
  if (problems.length === 0) return ok({ category: 3, met });
  // Category 3 cannot stand; a later category the facts also meet takes its place.
  const next = met.find((c) => c !== 3);
  return next === undefined ? err(problems) : ok({ category: next, met });
}

/** Identification is due within 3 days of sentence or admission (MAPPA guidance). */
export const IDENTIFICATION_DAYS = 3;
export const identificationDue = (disposal: Pick<Disposal, 'from'>): IsoDate =>
  addDays(disposal.from, IDENTIFICATION_DAYS);

/** Custody and hospital and guardianship orders need the record of who notified MAPPA, and when. */
export const needsNotificationRecord = (kind: Disposal['kind']): boolean =>
  kind === 'custody' || kind === 'hospital' || kind === 'guardianship';

const addMonths = (date: IsoDate, months: number): IsoDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // The same day of the month, or the month's last day when it has fewer (31 March less a month is 28 or 29 February).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};
export { addMonths };

/**
 * When a person in custody or detained in hospital is screened again before release: 6 months
 * before the release date, 12 when the case is complex. None without a release date.
 */
export function rescreeningDate(disposal: Disposal): IsoDate | undefined {
  if (!disposal.until || (disposal.kind !== 'custody' && disposal.kind !== 'hospital')) return undefined;
  return addMonths(disposal.until, disposal.complex ? -12 : -6);
}

/** What an identification still needs before it can be recorded. */
export function identificationProblems(disposal: Disposal | undefined): Message[] {
  if (!disposal) return [msg('cases.problem.noDisposal')];
  const out: Message[] = [];
  if (disposal.until && disposal.until < disposal.from) out.push(msg('cases.problem.endBeforeStart'));
  if (needsNotificationRecord(disposal.kind) && (!disposal.notifiedBy || !disposal.notifiedAt)) {
    out.push(msg('cases.problem.notification'));
  }
  if (disposal.kind === 'custody' && disposal.termMonths === undefined) {
    out.push(msg('cases.problem.term'));
  }
  return out;
}

/** Whether identification was late: recorded after the due date (a day in the area's calendar). */
export const identifiedLate = (disposal: Pick<Disposal, 'from'>, identifiedOn: IsoDate): boolean =>
  identifiedOn > identificationDue(disposal);

/** The next free case reference in a year, e.g. MP-2026-0143 after MP-2026-0142. */
export function nextCaseReference(existing: readonly string[], year: number, prefix = 'MP'): string {
  const pattern = new RegExp(`^${prefix}-${year}-(\\d+)$`);
  const highest = existing.reduce((max, r) => {
    const n = Number(pattern.exec(r)?.[1] ?? 0);
    return n > max ? n : max;
  }, 0);
  return `${prefix}-${year}-${String(highest + 1).padStart(4, '0')}`;
}
