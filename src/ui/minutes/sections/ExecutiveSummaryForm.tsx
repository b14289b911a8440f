import { textSection } from './parts';

export const ExecutiveSummaryForm = textSection('executiveSummary', [
  {
    name: 'text',
    label: 'Executive summary (released on request; write nothing about victims, children or third parties)',
    rows: 6,
  },
]);
