import { textSection } from './parts';

export const Safeguarding = textSection('safeguarding', [
  { name: 'children', label: 'Children', restricted: true },
  { name: 'vulnerableAdults', label: 'Vulnerable adults', restricted: true },
]);
