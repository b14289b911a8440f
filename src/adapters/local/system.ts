import type { ClockPort, IdPort } from '../../core/ports';

/** The browser's clock. */
export const systemClock: ClockPort = { now: () => new Date() };

/** Random ids from the Web Crypto API, optionally prefixed for readability (`act_…`). */
export const cryptoIds: IdPort = {
  newId: (prefix?: string) => (prefix ? `${prefix}_${crypto.randomUUID()}` : crypto.randomUUID()),
};
