import {
  createIntl,
  createIntlCache,
  type FormatDateOptions,
  type FormatNumberOptions,
  type IntlShape,
} from '@formatjs/intl';

import { formattingLocale, loadedCatalogue, reportMissing } from './catalogues';
import type { AppLocale } from './locales';
import { isMessage, type Message, type MessageKey, type MessageValues } from './message';

/** Says messages in one language, and formats dates, numbers and lists the way that language does. */
export type Translator = {
  readonly locale: AppLocale;
  /** A message by key with its values, or a `Message` the core or a use case returned. */
  (key: MessageKey | Message, values?: MessageValues): string;
  date(value: Date | number | string, options?: FormatDateOptions): string;
  number(value: number, options?: FormatNumberOptions): string;
  /** "a, b and c" in the language. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** The underlying FormatJS object, for React's provider. */
  readonly intl: IntlShape<string>;
};

const cache = createIntlCache();

/**
 * A translator for a locale and its catalogue, outside React (Word documents, mail, reminders). A key
 * whose area the catalogue lacks is reported and its area loaded (`reportMissing`).
 */
export function createTranslator(locale: AppLocale, catalogue: Readonly<Record<string, string>>): Translator {
  const intl = createIntl(
    {
      locale: formattingLocale(locale),
      messages: catalogue,
      // A key missing from a catalogue is a defect the catalogue tests catch; at run time say the key, never case content.
      onError: (error) => {
        if (error.code !== 'MISSING_TRANSLATION') console.error(`[i18n] ${error.code}`);
      },
    },
    cache,
  );
  const t = ((key: MessageKey | Message, values?: MessageValues) => {
    const message = isMessage(key) ? key : { key, values };
    if (!Object.prototype.hasOwnProperty.call(catalogue, message.key)) reportMissing(locale, message.key);
    const said = message.values
      ? Object.fromEntries(Object.entries(message.values).map(([k, v]) => [k, isMessage(v) ? t(v) : v]))
      : undefined;
    return intl.formatMessage({ id: message.key }, said as Record<string, string | number>) as string;
  }) as Translator;
  return Object.assign(t, {
    locale,
    intl,
    date: (value: Date | number | string, options?: FormatDateOptions) =>
      intl.formatDate(typeof value === 'string' ? new Date(value) : value, options),
    number: (value: number, options?: FormatNumberOptions) => intl.formatNumber(value, options),
    list: (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
      intl.formatList(items, { type }) as string,
  });
}

let englishTranslator: Translator | undefined;
/**
 * English, the language of a screen rendered without a provider and of records kept in English: the
 * areas every page carries and those the page's views have loaded (in English whatever the page's
 * language). Work outside the page's views that may say any area loads them first
 * (`loadCatalogue('en-GB')`, as the Word documents and the mail do).
 */
export const english = (): Translator => (englishTranslator ??= createTranslator('en-GB', loadedCatalogue('en-GB')));
