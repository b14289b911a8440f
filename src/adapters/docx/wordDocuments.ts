import type { WordPort } from '../../core/ports';

// The Word renderer (and the docx package) loads only when someone exports, distributes or files.
const renderer = () => import(/* webpackChunkName: "minutes-docx" */ './minutesDocx');

/** The Word port: the MAPPA B minutes, the executive summary and the disclosure record, marked OFFICIAL-SENSITIVE. */
export const wordDocuments: WordPort = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  minutes: async (m, settings) => (await renderer()).minutesDocx(m, settings),
  executiveSummary: async (summary) => (await renderer()).executiveSummaryDocx(summary),
  disclosureRecord: async (record) => (await renderer()).disclosureRecordDocx(record),
};
