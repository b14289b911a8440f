import { msg, type Message } from '../../i18n/message';
import type { Category, Level } from '../cases/case.schema';
import { err, ok, type Result } from '../shared/result';
import type { Minutes } from './minutes.schema';

/** Domain rules on level and category: one category only (the type holds one); Category 3 only at Level 2 or 3. */
export function decisionProblems(level: Level | undefined, category: Category | undefined): Message[] {
  const out: Message[] = [];
  if (category === 3 && level === 1) out.push(msg('minutes.problems.category3AtLevel1'));
  return out;
}

export type DecisionInput = {
  level: Level;
  levelRationale: string;
  category: Category;
  categoryRationale: string;
};

export function recordDecision(m: Minutes, d: DecisionInput): Result<Minutes, Message[]> {
  const problems = decisionProblems(d.level, d.category);
  if (!d.levelRationale.trim()) problems.push(msg('minutes.problems.giveLevelRationale'));
  if (!d.categoryRationale.trim()) problems.push(msg('minutes.problems.giveCategoryRationale'));
  if (problems.length) return err(problems);
  return ok({ ...m, decisions: { ...m.decisions, ...d } });
}
