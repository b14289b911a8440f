import { isTerminal, type Action, type ActionStatus } from './action.schema';

export { actionListKey, isTerminal, terminalStatuses } from './action.schema';

/** Closing without doing the action needs a reason, so the next panel can tell why. */
export const needsNote = (s: ActionStatus): boolean => s === 'notDoneCircumstances' || s === 'notDoneAgency';

export type DueState = 'overdue' | 'dueSoon' | 'later' | 'closed';

export const dueStateLabels: Record<DueState, string> = {
  overdue: 'Overdue',
  dueSoon: 'Due soon',
  later: 'Not yet due',
  closed: 'Closed',
};

// One calendar for the whole app: days in the area's zone and the arithmetic on them.
export { daysBetween, localDate } from '../shared/dates';
import { addDays, localDate } from '../shared/dates';

export type DueOptions = { now: Date; withinDays: number; timeZone?: string };

/**
 * Where an open action stands against its due date: overdue the day after it falls due, due soon
 * from `withinDays` days before (inclusive) to the due date itself.
 */
export function dueState(action: Pick<Action, 'dueDate' | 'status'>, opts: DueOptions): DueState {
  return dueStateOn(action, localDate(opts.now, opts.timeZone), opts.withinDays);
}

/** The same, for a known "today" (yyyy-mm-dd): what list operations use, reading the clock once. */
export function dueStateOn(action: Pick<Action, 'dueDate' | 'status'>, today: string, withinDays: number): DueState {
  return dueStateFor(today, withinDays)(action);
}

/**
 * The due state as a function of the action alone, for lists: "today" and the last due-soon day are
 * worked out once, then each action costs two string comparisons (yyyy-mm-dd sorts as it reads), so
 * sorting ten thousand actions parses no dates.
 */
export function dueStateFor(
  today: string,
  withinDays: number,
): (action: Pick<Action, 'dueDate' | 'status'>) => DueState {
  const lastDueSoon = addDays(today, withinDays);
  return (action) => {
    if (isTerminal(action.status)) return 'closed';
    if (action.dueDate < today) return 'overdue';
    if (action.dueDate <= lastDueSoon) return 'dueSoon';
    return 'later';
  };
}

export const isOverdue = (a: Pick<Action, 'dueDate' | 'status'>, opts: DueOptions) => dueState(a, opts) === 'overdue';
export const isDueSoon = (a: Pick<Action, 'dueDate' | 'status'>, opts: DueOptions) => dueState(a, opts) === 'dueSoon';

const rank: Record<DueState, number> = { overdue: 0, dueSoon: 1, later: 2, closed: 3 };

/** Overdue first, then by due date (earliest first); open work before closed; stable on id. */
export function compareActions<A extends Pick<Action, 'id' | 'dueDate' | 'status'>>(
  opts: DueOptions,
): (a: A, b: A) => number {
  const stateOf = dueStateFor(localDate(opts.now, opts.timeZone), opts.withinDays);
  const state = (x: A) => rank[stateOf(x)];
  return (a, b) =>
    state(a) - state(b) ||
    (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type PanelGroup<A> = {
  caseId: string;
  caseReference: string;
  actions: A[];
  overdue: number;
  dueSoon: number;
};

/**
 * Actions grouped by panel (one case, named by its reference). Within a group actions are sorted
 * overdue first then by due date; groups with overdue work come first, then by their earliest due date.
 */
export function groupByPanel<A extends Pick<Action, 'id' | 'caseId' | 'caseReference' | 'dueDate' | 'status'>>(
  actions: readonly A[],
  opts: DueOptions,
): PanelGroup<A>[] {
  const stateOf = dueStateFor(localDate(opts.now, opts.timeZone), opts.withinDays);
  const byCase = new Map<string, PanelGroup<A>>();
  for (const a of actions) {
    let g = byCase.get(a.caseId);
    if (!g) {
      byCase.set(
        a.caseId,
        (g = { caseId: a.caseId, caseReference: a.caseReference, actions: [], overdue: 0, dueSoon: 0 }),
      );
    }
    g.actions.push(a);
    const state = stateOf(a);
    if (state === 'overdue') g.overdue++;
    if (state === 'dueSoon') g.dueSoon++;
  }
  const cmp = compareActions<A>(opts);
  const groups = [...byCase.values()];
  for (const g of groups) g.actions.sort(cmp);
  return groups.sort(
    (x, y) =>
      (y.overdue > 0 ? 1 : 0) - (x.overdue > 0 ? 1 : 0) ||
      cmp(x.actions[0]!, y.actions[0]!) ||
      (x.caseReference < y.caseReference ? -1 : x.caseReference > y.caseReference ? 1 : 0),
  );
}
