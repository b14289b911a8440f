/**
 * The English catalogue: every string a person reads, by key, as ICU messages. One file per area of
 * the app; each area's Welsh file in `../cy/` must have exactly the same keys (the type checker and
 * `test/i18n/catalogues.test.ts` both insist).
 */
import { common } from './common';
import { shell } from './shell';

export const en = {
  ...common,
  ...shell,
};

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
