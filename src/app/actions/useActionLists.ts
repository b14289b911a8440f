import { useCallback } from 'react';

import { actionKind, type Action } from '../../core/actions/action.schema';
import type { MyActionView } from '../../core/actions/myActions';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { loadMyActions } from './actionOperations';

const failure = 'The actions could not be loaded. Check your connection and try again.';

/** The signed-in person's actions across every panel. */
export function useMyActions() {
  const { storage, me } = useServices();
  const load = useCallback(() => loadMyActions({ storage, me }), [storage, me]);
  return useRead<MyActionView[]>(load, { failure, mark: 'my-actions' });
}

/** Every action in the area, for the coordinator. */
export function useAllActions() {
  const { storage } = useServices();
  const load = useCallback(async () => (await storage.collection(actionKind).list()).map((s) => s.doc), [storage]);
  return useRead<Action[]>(load, { failure, mark: 'all-actions' });
}
