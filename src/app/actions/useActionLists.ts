import { useCallback } from 'react';

import type { Action } from '../../core/actions/action.schema';
import type { MyActionView } from '../../core/actions/myActions';
import { isNotOnCase } from '../../core/shared/errors';
import type { Message } from '../../i18n/message';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { loadCoordinatedActions, loadMyActions } from './actionOperations';

/** The signed-in person's actions across every panel. */
export function useMyActions() {
  const { storage, me } = useServices();
  const load = useCallback(() => loadMyActions({ storage, me }), [storage, me]);
  return useRead<MyActionView[]>(load, { mark: 'my-actions' });
}

/** Every action of the cases the signed-in person coordinates; a refusal by the policy is an answer to show. */
export function useAllActions() {
  const services = useServices();
  const load = useCallback(
    () =>
      loadCoordinatedActions(services).catch((e: unknown): { refused: Message } => {
        if (isNotOnCase(e)) return { refused: e.said };
        throw e;
      }),
    [services],
  );
  return useRead<Action[] | { refused: Message }>(load, { mark: 'all-actions' });
}
