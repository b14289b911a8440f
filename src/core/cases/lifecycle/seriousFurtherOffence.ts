import type { Case, Level } from '../case.schema';
import { addDays, type IsoDate } from '../../shared/dates';
import { msg, type Message } from '../../../i18n/message';
import { IsoDateSchema } from '../../shared/schemas';
import type { CaseDecision } from './caseHistory.schema';

export const seriousCharges = {
  murder: 'Murder',
  manslaughter: 'Manslaughter',
  rape: 'Rape',
  attemptedMurder: 'Attempted murder',
  attemptedManslaughter: 'Attempted manslaughter',
  attemptedRape: 'Attempted rape',
  other: 'Another offence',
} as const;
export type Charge = keyof typeof seriousCharges;

/** A full Serious Case Review is mandatory for these charges (and attempts) within 28 days of Level 2 or 3 management. */
export const SERIOUS_CASE_REVIEW_DAYS = 28;

/** A stretch of time at one level; `until` absent while it lasts. */
export type LevelPeriod = { level: Level; from: IsoDate; until?: IsoDate };

/**
 * The case's levels over time, from its decisions (identification, then each level change) and its
 * exit. Dates are the days the decisions were recorded. A case recorded before its decisions were
 * kept starts at the level its first change came from, or its current level, from its creation.
 */
export function levelPeriods(
  decisions: readonly Pick<CaseDecision, 'at' | 'kind' | 'level'>[],
  current: Pick<Case, 'level' | 'createdAt' | 'exitedAt'>,
): LevelPeriod[] {
  const changes = decisions
    .filter((d) => d.level && (d.kind === 'identified' || d.kind === 'levelChanged'))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const out: LevelPeriod[] = [];
  if (changes[0]?.kind !== 'identified') {
    out.push({ level: changes[0]?.level?.from ?? current.level, from: current.createdAt.slice(0, 10) });
  }
  for (const d of changes) {
    const day = d.at.slice(0, 10);
    const last = out[out.length - 1];
    if (last) last.until = day;
    out.push({ level: d.level!.to, from: day });
  }
  const last = out[out.length - 1];
  if (last && current.exitedAt) last.until = current.exitedAt.slice(0, 10);
  return out;
}

/** Whether the person was managed at Level 2 or 3 at any time in the 28 days up to and including `on`. */
export function managedAtLevel2Or3Within(periods: readonly LevelPeriod[], on: IsoDate): boolean {
  const windowStart = addDays(on, -SERIOUS_CASE_REVIEW_DAYS);
  return periods.some((p) => p.level !== 1 && p.from <= on && (p.until === undefined || p.until >= windowStart));
}

/**
 * A further offence needs a mandatory Serious Case Review when the charge is murder, manslaughter,
 * rape or an attempt of these, and the person was managed at Level 2 or 3 within the 28 days before.
 */
export function requiresSeriousCaseReview(
  charge: Charge,
  chargedOn: IsoDate,
  periods: readonly LevelPeriod[],
): boolean {
  return charge !== 'other' && managedAtLevel2Or3Within(periods, chargedOn);
}

/** What the coordinator records of a further offence: the charge, its date, why and from what source, and their confirmation. */
export type FurtherOffenceRecord = { charge: Charge; chargedOn: string; rationale: string; confirmed: boolean };

/**
 * What a further offence record still needs before it is kept for good: a real charge date, not
 * after today (a charge is recorded once it is made), a rationale, and the recorder's confirmation.
 */
export function furtherOffenceProblems(input: FurtherOffenceRecord, today: IsoDate): Message[] {
  const out: Message[] = [];
  if (!IsoDateSchema.safeParse(input.chargedOn).success) out.push(msg('caseTeam.furtherOffence.problem.chargedOn'));
  else if (input.chargedOn > today) out.push(msg('caseTeam.furtherOffence.problem.future'));
  if (!input.rationale.trim()) out.push(msg('caseTeam.furtherOffence.problem.rationale'));
  if (!input.confirmed) out.push(msg('caseTeam.furtherOffence.problem.confirm'));
  return out;
}

/** Why a charge does or does not require a mandatory Serious Case Review, for the coordinator before they confirm. */
export type SeriousCaseReviewFinding = 'required' | 'notASeriousCharge' | 'notManagedAtLevel2Or3';

export function seriousCaseReviewFinding(
  charge: Charge,
  chargedOn: IsoDate,
  periods: readonly LevelPeriod[],
): SeriousCaseReviewFinding {
  if (charge === 'other') return 'notASeriousCharge';
  return managedAtLevel2Or3Within(periods, chargedOn) ? 'required' : 'notManagedAtLevel2Or3';
}
