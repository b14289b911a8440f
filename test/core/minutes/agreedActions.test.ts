import { actionsFromMinutes, addAction } from '../../../src/core/minutes/agreedActions';
import { english } from '../../../src/i18n/translator';
import { aDraft, NOW, officer } from './fixtures';

describe('adding actions', () => {
  it('needs text, owner and due date, and becomes an Action document', () => {
    const m = aDraft();
    const bad = addAction(m, { pillar: 'supervision', text: ' ' }, 'a9');
    expect(bad.ok ? [] : bad.error.map((x) => english()(x))).toEqual([
      'Describe the action.',
      'Choose who owns the action.',
      'Enter a due date as yyyy-mm-dd.',
    ]);
    const good = addAction(
      m,
      { pillar: 'monitoringControl', text: 'Apply for SHPO variation', owner: officer, dueDate: '2026-12-10' },
      'a9',
    );
    if (!good.ok) throw new Error('expected ok');
    expect(actionsFromMinutes(good.value, NOW)).toEqual([
      expect.objectContaining({ id: 'a9', meetingId: 'mtg_2', seriesId: 'ser_1', owner: officer, status: 'open' }),
    ]);
  });
});
