import { ALWAYS_LOADED, AREAS, areaOfKey, englishAreas, welshAreas, type Area, type Messages } from './areas';
import { htmlLang, PSEUDO_LOCALE, type AppLocale } from './locales';
import type { Catalogue } from './messages/en';
import { common } from './messages/en/common';
import { errors } from './messages/en/errors';
import { people } from './messages/en/people';
import { shell } from './messages/en/shell';
import { surfaces } from './messages/en/surfaces';

/**
 * The catalogues a page has loaded, by area. English carries only the areas every page needs
 * (`ALWAYS_LOADED`) in its first scripts; each view names the areas it shows (`loadAreas`, through
 * `preloadable` in `src/ui/surfaces`), and they load with its code. An area is always loaded in
 * English too, whatever the page's language, because records are kept in English (`english()`).
 * Each locale has one object that grows as areas arrive; a translator made over it sees them.
 */
const loaded: Record<AppLocale, Record<string, string>> = {
  'en-GB': { ...common, ...shell, ...errors, ...surfaces, ...people },
  'cy-GB': {},
  [PSEUDO_LOCALE]: {},
};

const englishByArea = new Map<Area, Messages>([
  ['common', common],
  ['shell', shell],
  ['errors', errors],
  ['surfaces', surfaces],
  ['people', people],
]);

const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** The areas the page's views have asked for, loaded again in another language when the person switches. */
const wanted = new Set<Area>(ALWAYS_LOADED);
let pageLocale: AppLocale = 'en-GB';

async function fetchArea(locale: AppLocale, area: Area): Promise<Messages> {
  if (locale === 'cy-GB') return welshAreas[area]();
  if (locale === PSEUDO_LOCALE) {
    const [{ pseudoLocalise }] = await Promise.all([
      import(/* webpackChunkName: "messages-pseudo" */ './pseudo'),
      loadArea('en-GB', area),
    ]);
    return pseudoLocalise(englishByArea.get(area)!);
  }
  const english = await englishAreas[area as keyof typeof englishAreas]();
  englishByArea.set(area, english);
  return english;
}

function loadArea(locale: AppLocale, area: Area): Promise<void> {
  if (locale === 'en-GB' && englishByArea.has(area)) return Promise.resolve();
  const id = `${locale}:${area}`;
  let promise = loading.get(id);
  if (!promise) {
    promise = fetchArea(locale, area).then(
      (messages) => {
        Object.assign(loaded[locale], messages);
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A lost connection: the next request for the area tries again.
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, promise);
  }
  return promise;
}

/**
 * The catalogue for a locale with `areas` loaded (every area unless named), in English as well. The
 * object returned is the locale's own and gains any area loaded later.
 */
export async function loadCatalogue(locale: AppLocale, areas: readonly Area[] = AREAS): Promise<Catalogue> {
  const locales: AppLocale[] = locale === 'en-GB' ? ['en-GB'] : ['en-GB', locale];
  await Promise.all(areas.flatMap((area) => locales.map((l) => loadArea(l, area))));
  return loaded[locale] as Catalogue;
}

/** The page's language: every area its views have asked for, in that language. */
export function loadPageCatalogue(locale: AppLocale): Promise<Catalogue> {
  pageLocale = locale;
  return loadCatalogue(locale, [...wanted]);
}

/** The areas a view shows, in English and in the page's language (before the host has said it, English; `loadPageCatalogue` adds it). */
export async function loadAreas(areas: readonly Area[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  await loadCatalogue(pageLocale, areas);
}

/** The locale's catalogue as loaded so far, for a translator that must answer at once. */
export const loadedCatalogue = (locale: AppLocale): Readonly<Record<string, string>> => loaded[locale];

/** Called whenever an area arrives, so a screen said with a missing area can be said again. */
export function onCatalogueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How such a report begins (the browser tests look for it). */
export const SAID_BEFORE_AREA = '[i18n] said before its area had loaded:';

/**
 * A message was said before its area had loaded: a view that did not name an area it shows. It is
 * reported (the key only, never its values) and the area loaded, so the screen is said again
 * correctly; the pseudo-locale browser test fails on any such report. Text in no area is English a
 * thrower passed instead of a key (`AppError`'s written form, which may name a request): it is said
 * as written, and neither logged nor loaded.
 */
export function reportMissing(locale: AppLocale, key: string): void {
  const area = areaOfKey(key);
  if (!area) return;
  console.error(`${SAID_BEFORE_AREA} "${key}" (${area})`);
  wanted.add(area);
  loadCatalogue(locale, [area]).catch(() => undefined);
}

/** The language formatting follows: the pseudo-locale formats dates and numbers as English does. */
export const formattingLocale = (locale: AppLocale): string => htmlLang(locale);

export type { Area };
