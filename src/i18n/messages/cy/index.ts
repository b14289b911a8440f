/**
 * The Welsh catalogue, loaded only when Welsh is chosen. Translations await review by the area's
 * Welsh language officer (`reviewStatus`); domain terms follow `docs/welsh-glossary.md`.
 */
import type { Catalogue } from '../en';
import { common } from './common';
import { shell } from './shell';

export const reviewStatus = 'awaiting review by the area’s Welsh language officer' as const;

export const cy: Catalogue = {
  ...common,
  ...shell,
};
