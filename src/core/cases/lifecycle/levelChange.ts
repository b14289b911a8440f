import type { Case, Category, Level } from '../case.schema';
import { msg, type Message } from '../../../i18n/message';
import { err, ok, type Result } from '../../shared/result';

export type LevelChangePlan = {
  from: Level;
  to: Level;
  /** Level 1 has no MAPPA meetings: the series ends (its history kept). */
  endsMeetings: boolean;
  /** Going to Level 2 or 3 plans a series at the new level's cadence. */
  startsSeries: boolean;
  /** Ending the meetings cannot be undone by the same step, so the coordinator confirms it. */
  needsConfirmation: boolean;
};

/**
 * A level change from the register or finalised minutes: a rationale always, never Category 3 at
 * Level 1, and never on an exited case. Going up from Level 1 is allowed (a new series).
 */
export function planLevelChange(
  c: Pick<Case, 'level' | 'category' | 'status'>,
  to: Level,
  rationale: string,
): Result<LevelChangePlan, Message[]> {
  const problems: Message[] = [];
  if (c.status === 'exited') problems.push(msg('cases.problem.exited'));
  if (to === c.level) problems.push(msg('cases.problem.alreadyLevel', { level: to }));
  if (to === 1 && c.category === 3) problems.push(msg('cases.problem.category3Level'));
  if (!rationale.trim()) problems.push(msg('cases.problem.levelRationale'));
  if (problems.length) return err(problems);
  return ok({
    from: c.level,
    to,
    endsMeetings: to === 1,
    startsSeries: to !== 1,
    needsConfirmation: to === 1,
  });
}

/** A category change: rationale required; Category 3 only at Level 2 or 3. */
export function categoryChangeProblems(
  c: Pick<Case, 'level' | 'category'>,
  to: Category,
  rationale: string,
): Message[] {
  const out: Message[] = [];
  if (to === c.category) out.push(msg('cases.problem.alreadyCategory', { category: to }));
  if (to === 3 && c.level === 1) out.push(msg('cases.problem.category3Level'));
  if (!rationale.trim()) out.push(msg('cases.problem.categoryRationale'));
  return out;
}

/**
 * Exit from MAPPA: a rationale, and the coordinator's confirmation, since the series ends and the
 * case leaves the active register (its record and history are kept). Category 3 exits only on a
 * Level 2 or 3 panel's decision, so from the register it needs the finalised minutes to say so.
 */
export function exitProblems(
  c: Pick<Case, 'category' | 'status'>,
  rationale: string,
  confirmed: boolean,
  source: 'register' | 'minutes',
): Message[] {
  const out: Message[] = [];
  if (c.status === 'exited') out.push(msg('cases.problem.alreadyExited'));
  if (!rationale.trim()) out.push(msg('cases.problem.exitRationale'));
  if (!confirmed) out.push(msg('cases.problem.exitConfirm'));
  if (c.category === 3 && source === 'register') {
    out.push(msg('cases.problem.category3Exit'));
  }
  return out;
}
