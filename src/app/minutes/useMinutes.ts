import { useEffect, useState, useSyncExternalStore } from 'react';

import type { Minutes } from '../../core/minutes/minutes.schema';
import { isAppError } from '../../core/shared/errors';
import { msg, type Message } from '../../i18n/message';
import { initialAutosaveState, type AutosaveState } from '../autosave/autosaveState';
import { useServices } from '../ServicesProvider';
import { MinutesSession } from './minutesSession';

const sessions = new Map<string, Promise<MinutesSession | { error: string | Message }>>();
const noop = () => () => undefined;
const empty = initialAutosaveState<Minutes>();

/** The minutes session for a case's meeting, shared by every view of it on this page. */
export function useMinutes(caseId: string, meetingId?: string) {
  const services = useServices();
  const [session, setSession] = useState<MinutesSession>();
  const [error, setError] = useState<string | Message>();

  useEffect(() => {
    let live = true;
    const key = `${caseId}:${meetingId ?? ''}`;
    let pending = sessions.get(key);
    if (!pending) {
      // A refusal by the access policy says whom to ask; any other failure gets a general message.
      pending = MinutesSession.open(services, caseId, meetingId).catch((e: unknown) => ({
        error: isAppError(e) ? e.message : msg('minutes.editor.openFailed'),
      }));
      sessions.set(key, pending);
    }
    void pending.then((s) => {
      if (!live) return;
      if (s instanceof MinutesSession) setSession(s);
      else {
        sessions.delete(key);
        setError(s.error);
      }
    });
    return () => {
      live = false;
    };
  }, [services, caseId, meetingId]);

  useEffect(() => {
    if (!session) return;
    // A page being left or hidden (closing the meeting, switching app) keeps its last keystrokes:
    // the draft waiting on its short timer is written now. pagehide rather than unload, per
    // https://developer.chrome.com/docs/web-platform/page-lifecycle-api
    const keep = () => void session.autosave.writeDraftNow();
    const hidden = () => (document.visibilityState === 'hidden' ? keep() : undefined);
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [session]);

  const state: AutosaveState<Minutes> = useSyncExternalStore(
    session ? session.autosave.subscribe : noop,
    session ? session.autosave.getSnapshot : () => empty,
  );
  return { session, state, error: error ?? (state.phase === 'error' ? state.message : undefined) };
}

/** Forgets shared sessions (tests). */
export const resetMinutesSessions = (): void => sessions.clear();
