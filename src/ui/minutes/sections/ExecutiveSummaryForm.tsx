import { textSection } from './parts';

export const ExecutiveSummaryForm = textSection('executiveSummary', [
  {
    name: 'text',
    label: 'sections.executiveSummary.text',
    rows: 6,
  },
]);
