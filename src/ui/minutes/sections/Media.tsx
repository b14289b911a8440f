import { textSection } from './parts';

export const Media = textSection('media', [
  { name: 'plan', label: 'Media plan' },
  { name: 'publicInterest', label: 'Public interest issues' },
]);
