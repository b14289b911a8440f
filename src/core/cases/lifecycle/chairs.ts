import type { Case, Level } from '../case.schema';
import { samePerson } from '../../access/policy';
import type { Person } from '../../people/agency';

/** The area's chairs by level (Level 2: police Inspector or SPO; Level 3: senior managers). */
export type EligibleChairs = { level2: readonly Person[]; level3: readonly Person[] };

export const eligibleChairs = (chairs: EligibleChairs, level: Level): readonly Person[] =>
  level === 3 ? chairs.level3 : level === 2 ? chairs.level2 : [];

/**
 * The chair for a case at a level: the eligible chair with the fewest active cases at Level 2 or 3,
 * the first listed on a tie. None when the area lists no eligible chair.
 */
export function allocateChair(
  chairs: EligibleChairs,
  level: Level,
  cases: readonly Pick<Case, 'chair' | 'status' | 'level'>[],
): Person | undefined {
  const eligible = eligibleChairs(chairs, level);
  let best: { person: Person; load: number } | undefined;
  for (const person of eligible) {
    const load = cases.filter(
      (c) => c.status === 'active' && c.level !== 1 && c.chair && samePerson(c.chair, person),
    ).length;
    if (!best || load < best.load) best = { person, load };
  }
  return best?.person;
}
