import { textSection } from './parts';

/** Media and community decisions: who speaks, the agreed lines, any community disclosure. */
export const Media = textSection('media', [
  {
    name: 'spokesperson',
    label: 'sections.media.spokesperson',
    hint: 'sections.media.spokespersonHint',
  },
  { name: 'agreedLines', label: 'sections.media.agreedLines' },
  {
    name: 'communityDisclosure',
    label: 'sections.media.communityDisclosure',
    hint: 'sections.media.communityDisclosureHint',
  },
  { name: 'plan', label: 'sections.media.plan' },
  { name: 'publicInterest', label: 'sections.media.publicInterest' },
]);
