import { actionKind, type Action } from '../../core/actions/action.schema';
import { applyChange, type ActionChange, type ChangeProblem } from '../../core/actions/applyUpdate';
import type { StoragePort, Stored } from '../../core/ports';
import { ConflictError } from '../../core/shared/errors';
import { msg, type Message } from '../../i18n/message';

export type UpdateActionResult =
  | { status: 'applied'; stored: Stored<Action> }
  /** The change is not valid on its own (e.g. "not done" with no note). Nothing was written. */
  | { status: 'invalid'; message: Message }
  /** The change cannot apply to the action as it now stands; the current version is returned to show beside it. */
  | { status: 'conflict'; message: Message; current?: Stored<Action> }
  | { status: 'missing'; message: Message };

const BUSY = msg('actions.update.busy');
const MISSING = msg('actions.update.missing');

/**
 * Reads the action, applies the change and writes it with the version tag. When someone else saved
 * first (ConflictError 'stale'), the change is re-applied to the version they saved: updates append
 * and status changes are last-writer, so neither person's update is lost. A change that can no
 * longer apply, or a store still contended after `attempts` tries, comes back as a conflict for a
 * person to resolve. Any other failure (offline, throttled, refused) is thrown, and the caller keeps
 * the typed text.
 */
export async function updateAction(
  storage: StoragePort,
  id: string,
  change: ActionChange,
  { attempts = 8 }: { attempts?: number } = {},
): Promise<UpdateActionResult> {
  const actions = storage.collection(actionKind);
  let current = await actions.get(id);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (!current) return { status: 'missing', message: MISSING };
    const next = applyChange(current.doc, change);
    if (!next.ok) return problem(next.error, current);
    // Already in the history: a retry after a lost response. Nothing more to write.
    if (next.value === current.doc) return { status: 'applied', stored: current };
    try {
      return { status: 'applied', stored: await actions.update(next.value, current.version) };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      if (e.reason === 'missing') return { status: 'missing', message: MISSING };
      if (e.reason !== 'stale') throw e;
      current = (e.current as Stored<Action> | undefined) ?? (await actions.get(id));
    }
  }
  return { status: 'conflict', message: BUSY, ...(current ? { current } : {}) };
}

function problem(p: ChangeProblem, current: Stored<Action>): UpdateActionResult {
  return p.kind === 'invalid'
    ? { status: 'invalid', message: p.message }
    : { status: 'conflict', message: p.message, current };
}
