/**
 * The languages the app speaks. England and Wales: English, and Welsh for the bodies working under
 * the Welsh Language Standards. `qps-ploc` is the pseudo-locale (the tag Microsoft uses for its own
 * pseudo-localisation) that shows, in tests and local trials, any text that bypasses the catalogue.
 */
export const APP_LOCALES = ['en-GB', 'cy-GB'] as const;
export type AppLocale = (typeof APP_LOCALES)[number] | 'qps-ploc';

export const PSEUDO_LOCALE = 'qps-ploc' as const;

/** The host's locale (teams-js `app.locale`, a BCP 47 tag such as `cy-GB`) in the app's terms: Welsh for any `cy`, else English. */
export function localeFromHost(hostLocale: string | undefined): AppLocale {
  const tag = (hostLocale ?? '').trim().toLowerCase();
  if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return tag === 'cy' || tag.startsWith('cy-') ? 'cy-GB' : 'en-GB';
}

/** A language the person chose in the app wins over the host's, so people whose Teams is in English can work in Welsh. */
export function chooseLocale(hostLocale: string | undefined, chosen: string | null | undefined): AppLocale {
  return (APP_LOCALES as readonly string[]).includes(chosen ?? '') ? (chosen as AppLocale) : localeFromHost(hostLocale);
}

/** The `lang` attribute for a locale (WCAG 3.1.1 Language of Page). */
export const htmlLang = (locale: AppLocale): string => (locale === PSEUDO_LOCALE ? 'en-GB' : locale);
