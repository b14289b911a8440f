import { useCallback } from 'react';

import type { Action } from '../../core/actions/action.schema';
import type { MyActionView } from '../../core/actions/myActions';
import { isNotOnCase } from '../../core/shared/errors';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { loadCoordinatedActions, loadMyActions } from './actionOperations';

const failure = 'The actions could not be loaded. Check your connection and try again.';

/** The signed-in person's actions across every panel. */
export function useMyActions() {
  const { storage, me } = useServices();
  const load = useCallback(() => loadMyActions({ storage, me }), [storage, me]);
  return useRead<MyActionView[]>(load, { failure, mark: 'my-actions' });
}

/** Every action of the cases the signed-in person coordinates; a refusal by the policy is an answer to show. */
export function useAllActions() {
  const services = useServices();
  const load = useCallback(
    () =>
      loadCoordinatedActions(services).catch((e: unknown): { refused: string } => {
        if (isNotOnCase(e)) return { refused: e.message };
        throw e;
      }),
    [services],
  );
  return useRead<Action[] | { refused: string }>(load, { failure, mark: 'all-actions' });
}
