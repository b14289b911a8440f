import { APP_LOCALES, type AppLocale } from '../../i18n/locales';

/** The language a person chose in the app, kept on this device: a display preference, never case content. */
const KEY = 'mappa:language';

export function readLanguageChoice(): AppLocale | undefined {
  try {
    const value = window.localStorage.getItem(KEY);
    return (APP_LOCALES as readonly string[]).includes(value ?? '') ? (value as AppLocale) : undefined;
  } catch {
    return undefined; // storage refused (private mode, policy): follow the host
  }
}

export function saveLanguageChoice(locale: AppLocale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // the choice holds for this page only
  }
}
