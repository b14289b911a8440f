import type { DocumentLanguage, WordPort } from '../../core/ports';
import { loadCatalogue } from '../../i18n/catalogues';
import { createTranslator, type Translator } from '../../i18n/translator';

// The Word renderer (and the docx package) loads only when someone exports, distributes or files.
const renderer = () => import(/* webpackChunkName: "minutes-docx" */ './minutesDocx');

/** The document's language, its whole catalogue loaded first (a document says more than any one view); Welsh only when asked for. */
const speaking = async (language: DocumentLanguage = 'en-GB'): Promise<Translator> =>
  createTranslator(language, await loadCatalogue(language));

/** The Word port: the MAPPA B minutes, the executive summary and the disclosure record, marked OFFICIAL-SENSITIVE. */
export const wordDocuments: WordPort = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  minutes: async (m, settings, language) => (await renderer()).minutesDocx(m, settings, await speaking(language)),
  executiveSummary: async (summary, language) =>
    (await renderer()).executiveSummaryDocx(summary, await speaking(language)),
  disclosureRecord: async (record, language) =>
    (await renderer()).disclosureRecordDocx(record, await speaking(language)),
};
