import { htmlLang, PSEUDO_LOCALE, type AppLocale } from './locales';
import { en, type Catalogue } from './messages/en';

/**
 * The catalogue for a locale. English ships with every page; Welsh and the pseudo-locale load when
 * first asked for, so an English page carries no Welsh.
 */
export async function loadCatalogue(locale: AppLocale): Promise<Catalogue> {
  if (locale === 'cy-GB') return (await import(/* webpackChunkName: "messages-cy" */ './messages/cy')).cy;
  if (locale === PSEUDO_LOCALE) {
    return (await import(/* webpackChunkName: "messages-pseudo" */ './pseudo')).pseudoLocalise(en);
  }
  return en;
}

/** The language formatting follows: the pseudo-locale formats dates and numbers as English does. */
export const formattingLocale = (locale: AppLocale): string => htmlLang(locale);

export { en };
