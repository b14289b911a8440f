import type { ChangeSignalPort } from '../../core/ports';

const CHANNEL = 'mappa-panel-changes';

/**
 * Change signals between this browser's tabs and frames of the app, through `BroadcastChannel`
 * (same origin only). Local mode's store is this browser's own, so every reader of it is reached.
 * https://developer.mozilla.org/docs/Web/API/BroadcastChannel
 */
export function broadcastSignal(): ChangeSignalPort {
  const supported = typeof BroadcastChannel === 'function';
  let sender: BroadcastChannel | undefined;
  return {
    announce(topic) {
      if (!supported) return;
      try {
        if (!sender) {
          sender = new BroadcastChannel(CHANNEL);
          // Node's channel (the tests') would otherwise keep the process running; browsers have no unref.
          (sender as unknown as { unref?: () => void }).unref?.();
        }
        sender.postMessage({ topic });
      } catch {
        // A closed or unsupported channel: readers poll.
      }
    },
    subscribe(topic, onChange) {
      if (!supported) return { live: Promise.resolve(false), close: () => undefined };
      const channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if ((event.data as { topic?: unknown } | null)?.topic === topic) onChange();
      };
      return { live: Promise.resolve(true), close: () => channel.close() };
    },
  };
}
