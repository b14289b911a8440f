import { textSection } from './parts';

/** Media and community decisions: who speaks, the agreed lines, any community disclosure. */
export const Media = textSection('media', [
  {
    name: 'spokesperson',
    label: 'Who speaks to the media',
    hint: 'Usually the police press office; nobody else speaks',
  },
  { name: 'agreedLines', label: 'Lines agreed for any enquiry' },
  {
    name: 'communityDisclosure',
    label: 'Community disclosure',
    hint: 'What, to whom, by whom and why; or why none is needed',
  },
  { name: 'plan', label: 'Media plan' },
  { name: 'publicInterest', label: 'Public interest issues' },
]);
