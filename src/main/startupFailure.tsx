import type { Root } from 'react-dom/client';

import type { Message } from '../i18n/message';
import { surfacesStartup as cy } from '../i18n/messages/cy/surfacesStartup';
import { surfaces as en } from '../i18n/messages/en/surfaces';

/*
 * The loading message and this page show before any catalogue has loaded, often before the host
 * has said its locale (or when it never will), so they speak both languages, each marked with its
 * `lang` (WCAG 3.1.2 Language of Parts), as bilingual public services in Wales do. Their texts come
 * from the surfaces area's English file and the three Welsh lines kept apart for this
 * (`surfacesStartup`), plain text with no placeholders, so the first script stays free of the
 * formatter and of the rest of the catalogues.
 */

type Bilingual = { en: string; cy?: string };

function Both({ as: Tag, text }: { as: 'h1' | 'p'; text: Bilingual }) {
  return (
    <>
      <Tag lang="en-GB">{text.en}</Tag>
      {text.cy !== undefined && text.cy !== text.en && <Tag lang="cy">{text.cy}</Tag>}
    </>
  );
}

/** The first paint of every page, in English and Welsh. */
export function StartupLoading() {
  return (
    <div role="status">
      <p lang="en-GB">{en['surfaces.startup.loading']}</p>
      <p lang="cy">{cy['surfaces.startup.loading']}</p>
    </div>
  );
}

function StartupFailure({ detail }: { detail: Bilingual | undefined }) {
  return (
    <div role="alert">
      <Both as="h1" text={{ en: en['surfaces.startup.failed'], cy: cy['surfaces.startup.failed'] }} />
      <Both as="p" text={detail ?? { en: en['surfaces.startup.reload'], cy: cy['surfaces.startup.reload'] }} />
    </div>
  );
}

/** A message said in both languages: the formatter and the Welsh catalogue load only when a page fails with one. */
async function inBoth(detail: Message): Promise<Bilingual> {
  const [{ createTranslator, english }, { loadCatalogue }] = await Promise.all([
    import('../i18n/translator'),
    import('../i18n/catalogues'),
  ]);
  // Every area, in Welsh and English: the detail may come from any part of the app.
  const welsh = await loadCatalogue('cy-GB');
  return { en: english()(detail), cy: createTranslator('cy-GB', welsh)(detail) };
}

/**
 * The page's message when the app cannot start: `detail` says what to fix (an AppError's message, or
 * English text), else a general instruction.
 */
export function renderStartupFailure(root: Root, detail: Message | string | undefined): void {
  if (detail === undefined || typeof detail === 'string') {
    root.render(<StartupFailure detail={detail === undefined ? undefined : { en: detail }} />);
    return;
  }
  // The general instruction at once, then the message in both languages once they have loaded.
  root.render(<StartupFailure detail={undefined} />);
  void inBoth(detail).then(
    (said) => root.render(<StartupFailure detail={said} />),
    () => undefined,
  );
}
