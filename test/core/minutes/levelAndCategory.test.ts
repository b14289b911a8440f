import { recordDecision } from '../../../src/core/minutes/levelAndCategory';
import { msg } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';
import { aDraft } from './fixtures';

describe('decisions', () => {
  const base = { levelRationale: 'Why', categoryRationale: 'Because' };
  it('refuses Category 3 at Level 1', () => {
    const r = recordDecision(aDraft(), { ...base, level: 1, category: 3 });
    expect(r).toEqual({ ok: false, error: [msg('minutes.problems.category3AtLevel1')] });
    expect(r.ok ? '' : english()(r.error[0]!)).toBe('Category 3 cases can only be managed at Level 2 or Level 3.');
    expect(recordDecision(aDraft(), { ...base, level: 2, category: 3 }).ok).toBe(true);
    expect(recordDecision(aDraft(), { ...base, level: 1, category: 1 }).ok).toBe(true);
  });
  it('needs a rationale for each decision', () => {
    const r = recordDecision(aDraft(), { level: 2, category: 2, levelRationale: '', categoryRationale: ' ' });
    expect(r.ok ? [] : r.error.map((x) => english()(x))).toEqual([
      'Give the rationale for the level.',
      'Give the rationale for the category.',
    ]);
  });
});
