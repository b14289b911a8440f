/**
 * Change signals through the Teams meeting's own Live Share session: every frame of the app in the
 * meeting (each attendee's stage and side panel) joins the meeting's Fluid container, which Teams
 * hosts, and a `LiveState` holds the last announcement. An announcement is the topic (a meeting id)
 * and a time, never case content: readers then read what they may see from the store.
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities
 *
 * The SDK and Fluid load only when a meeting frame first subscribes or announces, so no other page
 * downloads them. If the session cannot be joined (no Live Share permission, an older client, a
 * content tab on mobile), `live` resolves false and readers poll instead.
 */
import { LiveShareHost } from '@microsoft/teams-js';
import type { ChangeSignalPort } from '../../core/ports';

type Announcement = { topic: string; at: string };
type Session = {
  set(value: Announcement): void;
  listen(handler: (value: Announcement) => void): () => void;
};

/** How long joining may take before readers fall back to polling (they keep listening if it joins later). */
const JOIN_TIMEOUT_MS = 15_000;

async function joinSession(): Promise<Session> {
  const [{ LiveShareClient, LiveState, LiveStateEvents }] = await Promise.all([import('@microsoft/live-share')]);
  const client = new LiveShareClient(LiveShareHost.create());
  const { container } = await client.joinContainer({ initialObjects: { changes: LiveState } });
  const state = container.initialObjects.changes as unknown as InstanceType<typeof LiveState<Announcement>>;
  await state.initialize({ topic: '', at: '' });
  return {
    set: (value) => void state.set(value).catch(() => undefined),
    listen(handler) {
      const listener = (value: Announcement, local: boolean) => {
        if (!local) handler(value);
      };
      state.on(LiveStateEvents.stateChanged, listener);
      return () => void state.off(LiveStateEvents.stateChanged, listener);
    },
  };
}

export function liveShareSignal(): ChangeSignalPort {
  let session: Promise<Session> | undefined;
  const join = () => {
    session ??= joinSession();
    // A failed join is tried again by the next subscriber or announcement.
    session.catch(() => {
      session = undefined;
    });
    return session;
  };
  return {
    announce(topic) {
      join()
        .then((s) => s.set({ topic, at: new Date().toISOString() }))
        .catch(() => undefined);
    },
    subscribe(topic, onChange) {
      let stop: (() => void) | undefined;
      let closed = false;
      const joined = join().then((s) => {
        if (!closed) stop = s.listen((value) => value.topic === topic && onChange());
        return !closed;
      });
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), JOIN_TIMEOUT_MS));
      return {
        live: Promise.race([joined.catch(() => false), timeout]),
        close() {
          closed = true;
          stop?.();
        },
      };
    },
  };
}
