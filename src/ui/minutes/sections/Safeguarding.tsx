import { textSection } from './parts';

export const Safeguarding = textSection('safeguarding', [
  { name: 'children', label: 'sections.safeguarding.children', restricted: true },
  { name: 'vulnerableAdults', label: 'sections.safeguarding.vulnerableAdults', restricted: true },
]);
