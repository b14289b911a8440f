import { recordDecision } from '../../../src/core/minutes/levelAndCategory';
import { aDraft } from './fixtures';

describe('decisions', () => {
  const base = { levelRationale: 'Why', categoryRationale: 'Because' };
  it('refuses Category 3 at Level 1', () => {
    const r = recordDecision(aDraft(), { ...base, level: 1, category: 3 });
    expect(r).toEqual({ ok: false, error: ['Category 3 cases can only be managed at Level 2 or Level 3.'] });
    expect(recordDecision(aDraft(), { ...base, level: 2, category: 3 }).ok).toBe(true);
    expect(recordDecision(aDraft(), { ...base, level: 1, category: 1 }).ok).toBe(true);
  });
  it('needs a rationale for each decision', () => {
    const r = recordDecision(aDraft(), { level: 2, category: 2, levelRationale: '', categoryRationale: ' ' });
    expect(r.ok ? [] : r.error).toEqual(['Give the rationale for the level.', 'Give the rationale for the category.']);
  });
});
