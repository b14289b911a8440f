import { LANGUAGE_BREAK } from '../../core/actions/reminders';
import { loadCatalogue } from '../../i18n/catalogues';
import type { Message } from '../../i18n/message';
import { createTranslator, english, type Translator } from '../../i18n/translator';

/**
 * The languages of everything the app sends to people whose language it does not know (reminders,
 * meeting invitations), in the order the message gives them: Welsh first, then English in full.
 * Welsh public bodies write bilingual correspondence this way so that Welsh is not treated less
 * favourably than English (Welsh Language Standards, correspondence standards); an English reader
 * finds the English under the Welsh, and the subject line carries both.
 */
export async function mailLanguages(): Promise<readonly Translator[]> {
  // Every area in both languages: a reminder or an invitation may say more than the page has loaded.
  welsh ??= loadCatalogue('cy-GB').then((catalogue) => createTranslator('cy-GB', catalogue));
  try {
    return [await welsh, english()];
  } catch {
    await loadCatalogue('en-GB').catch(() => undefined);
    // The Welsh catalogue did not load (a lost connection): the mail still goes, in English, and the next one tries again.
    welsh = undefined;
    return [english()];
  }
}

let welsh: Promise<Translator> | undefined;

export { LANGUAGE_BREAK };

/** One message said in each language, in order: "Cymraeg / English" for a subject line. */
export const inEachLanguage = (languages: readonly Translator[], message: Message, separator = ' / '): string =>
  languages.map((t) => t(message)).join(separator);
