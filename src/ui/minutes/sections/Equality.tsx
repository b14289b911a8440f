import { textSection } from './parts';

export const Equality = textSection('equality', [{ name: 'text', label: 'Equality considerations linked to risk' }]);
