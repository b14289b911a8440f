import { textSection } from './parts';

export const Equality = textSection('equality', [{ name: 'text', label: 'sections.equality.text' }]);
