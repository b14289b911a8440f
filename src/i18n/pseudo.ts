import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

import type { Messages } from './areas';

const accented: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Marks that open and close every pseudo-localised message, so a test can tell catalogue text from anything else. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => accented[c] ?? c);

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: accent(element.value) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([k, option]) => [k, { ...option, value: transform(option.value) }]),
          ),
        };
      case TYPE.tag:
        return { ...element, children: transform(element.children) };
      default:
        return element;
    }
  });
}

/**
 * The pseudo-locale: every English message accented and bracketed, placeholders kept. Text on screen
 * without the brackets did not come from the catalogue (or is data). Lengthening is left out on
 * purpose: the layout at Teams' narrowest width is checked by the accessibility walk in English and Welsh.
 */
export function pseudoLocalise<T extends Messages>(catalogue: T): T {
  const out = {} as Record<string, string>;
  for (const [key, message] of Object.entries(catalogue)) {
    if (message === undefined) continue;
    out[key] = `${PSEUDO_OPEN}${printAST(transform(parse(message)))}${PSEUDO_CLOSE}`;
  }
  return out as T;
}
