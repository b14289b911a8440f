import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

import { en } from '../../src/i18n/messages/en';
import { cy, reviewStatus } from '../../src/i18n/messages/cy';

/** Every argument and tag a message uses, with the plural or select it sits in: a translation must use the same. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

const sorted = (set: Set<string>) => [...set].sort();

describe('message catalogues', () => {
  it('has a Welsh message for every English key and no Welsh key English lacks', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s parses as an ICU message in both languages with the same arguments', (key) => {
    const english = parse(en[key as keyof typeof en]);
    const welsh = parse(cy[key as keyof typeof cy]);
    expect(sorted(argumentsOf(welsh))).toEqual(sorted(argumentsOf(english)));
  });

  it('gives every plural an "other" form, which every language needs', () => {
    const missing: string[] = [];
    const check = (key: string, elements: MessageFormatElement[]) => {
      for (const element of elements) {
        if (element.type === TYPE.plural && !('other' in element.options)) missing.push(key);
        if (element.type === TYPE.plural || element.type === TYPE.select) {
          Object.values(element.options).forEach((o) => check(key, o.value));
        }
        if (element.type === TYPE.tag) check(key, element.children);
      }
    };
    for (const [key, message] of [...Object.entries(en), ...Object.entries(cy)]) check(key, parse(message));
    expect(missing).toEqual([]);
  });

  it('leaves no Welsh message empty or still in English where the English is a sentence', () => {
    const untranslated = Object.entries(cy).filter(
      ([key, welsh]) => welsh.trim() === '' || (welsh === en[key as keyof typeof en] && /\s\w+\s/.test(welsh)),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('is marked for review by the area’s Welsh language officer', () => {
    expect(reviewStatus).toMatch(/Welsh language officer/);
  });
});
