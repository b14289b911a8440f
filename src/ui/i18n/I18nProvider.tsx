import { createContext, Fragment, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

import { loadPageCatalogue, onCatalogueChange } from '../../i18n/catalogues';
import { htmlLang, type AppLocale } from '../../i18n/locales';
import type { MessageKey } from '../../i18n/message';
import { createTranslator, english, type Translator } from '../../i18n/translator';
import { saveLanguageChoice } from './languageChoice';

type I18n = { t: Translator; chooseLanguage: (locale: AppLocale) => Promise<void> };

// Without a provider (a screen rendered on its own) the app speaks English.
const I18nContext = createContext<I18n>({ t: english(), chooseLanguage: async () => undefined });

/** The language every screen below speaks; a choice in the app switches it and is kept on this device. */
export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  // Held in an object: a translator is a function, which useState would call.
  const [current, setCurrent] = useState({ t: translator });
  useEffect(() => setCurrent({ t: translator }), [translator]);
  const { t } = current;
  useEffect(() => {
    document.documentElement.lang = htmlLang(t.locale);
  }, [t]);
  // An area that arrives after the screen was said (one reported missing) has the screen said again.
  useEffect(
    () =>
      onCatalogueChange(() =>
        setCurrent((was) => ({ t: createTranslator(was.t.locale, was.t.intl.messages as Record<string, string>) })),
      ),
    [],
  );
  const chooseLanguage = useCallback(async (locale: AppLocale) => {
    saveLanguageChoice(locale);
    setCurrent({ t: createTranslator(locale, await loadPageCatalogue(locale)) });
  }, []);
  const value = useMemo(() => ({ t, chooseLanguage }), [t, chooseLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's translator: `t('key', values)`, `t(message)`, `t.date(…)`, `t.number(…)`. */
export const useT = (): Translator => useContext(I18nContext).t;

export const useChooseLanguage = () => useContext(I18nContext).chooseLanguage;

/**
 * A message with markup: tags in the message (`<link>…</link>`) become the elements `parts` makes,
 * so a translation can move a link or emphasis within its sentence.
 */
export function Say({
  k,
  values,
  parts,
}: {
  k: MessageKey;
  values?: Record<string, string | number>;
  parts: Record<string, (chunks: ReactNode[]) => ReactNode>;
}) {
  const t = useT();
  const out = t.intl.formatMessage({ id: k }, { ...values, ...parts } as never) as unknown;
  const nodes = Array.isArray(out) ? (out as ReactNode[]) : [out as ReactNode];
  return (
    <>
      {nodes.map((node, i) => (
        <Fragment key={i}>{node}</Fragment>
      ))}
    </>
  );
}
