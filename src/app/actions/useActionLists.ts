import { useCallback } from 'react';

import type { Action } from '../../core/actions/action.schema';
import type { MyActionView } from '../../core/actions/myActions';
import { isNotOnCase } from '../../core/shared/errors';
import type { Message } from '../../i18n/message';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import {
  loadCoordinatedActions,
  loadCoordinatedActionsPage,
  loadMyActions,
  type ActionsPage,
} from './actionOperations';

/** The signed-in person's actions across every panel. */
export function useMyActions() {
  const { storage, me } = useServices();
  const load = useCallback(() => loadMyActions({ storage, me }), [storage, me]);
  return useRead<MyActionView[]>(load, { mark: 'my-actions' });
}

/** A refusal by the policy is an answer to show (whom to ask), not a failure to load. */
const refusedAsAnswer = (e: unknown): { refused: Message } => {
  if (isNotOnCase(e)) return { refused: e.said };
  throw e;
};

/**
 * The All actions list's first page, read on its own so that it shows at once (the benchmark's
 * `all-actions` marks time it); the whole list follows with `useAllActions`.
 */
export function useFirstActionsPage(limit: number) {
  const services = useServices();
  const load = useCallback(() => loadCoordinatedActionsPage(services, limit).catch(refusedAsAnswer), [services, limit]);
  return useRead<ActionsPage | { refused: Message }>(load, { mark: 'all-actions' });
}

/** Never settles: a read not started yet. */
const notYet = () => new Promise<never>(() => undefined);

/**
 * Every action of the cases the signed-in person coordinates, for the filters, further pages and
 * the export; read once `start` is true (after the first page has shown, so decoding the whole
 * list never holds the first page back).
 */
export function useAllActions(start = true) {
  const services = useServices();
  const load = useCallback(
    () => (start ? loadCoordinatedActions(services).catch(refusedAsAnswer) : notYet()),
    [services, start],
  );
  return useRead<Action[] | { refused: Message }>(load);
}
