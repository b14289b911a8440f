import { textSection } from './parts';

export const Purpose = textSection('purpose', [
  { name: 'reason', label: 'Purpose of the meeting or reason for referral' },
  { name: 'changesSinceLast', label: 'What has changed since the last meeting' },
]);
