import type { Category, Level } from '../cases/case.schema';
import { err, ok, type Result } from '../shared/result';
import type { Minutes } from './minutes.schema';

/** Domain rules on level and category: one category only (the type holds one); Category 3 only at Level 2 or 3. */
export function decisionProblems(level: Level | undefined, category: Category | undefined): string[] {
  const out: string[] = [];
  if (category === 3 && level === 1) out.push('Category 3 cases can only be managed at Level 2 or Level 3.');
  return out;
}

export type DecisionInput = {
  level: Level;
  levelRationale: string;
  category: Category;
  categoryRationale: string;
};

export function recordDecision(m: Minutes, d: DecisionInput): Result<Minutes, string[]> {
  const problems = decisionProblems(d.level, d.category);
  if (!d.levelRationale.trim()) problems.push('Give the rationale for the level.');
  if (!d.categoryRationale.trim()) problems.push('Give the rationale for the category.');
  if (problems.length) return err(problems);
  return ok({ ...m, decisions: { ...m.decisions, ...d } });
}
