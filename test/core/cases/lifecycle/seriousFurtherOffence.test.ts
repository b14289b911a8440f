import {
  levelPeriods,
  managedAtLevel2Or3Within,
  requiresSeriousCaseReview,
} from '../../../../src/core/cases/lifecycle/seriousFurtherOffence';

const decision = (at: string, from: 1 | 2 | 3 | undefined, to: 1 | 2 | 3) => ({
  at,
  kind: from === undefined ? ('identified' as const) : ('levelChanged' as const),
  level: from === undefined ? { to } : { from, to },
});

describe('serious further offence', () => {
  const periods = levelPeriods(
    [decision('2026-01-05T09:00:00Z', undefined, 2), decision('2026-10-01T09:00:00Z', 2, 1)],
    { level: 1, createdAt: '2026-01-05T09:00:00Z' },
  );

  it('builds the level periods from the case’s decisions', () => {
    expect(periods).toEqual([
      { level: 2, from: '2026-01-05', until: '2026-10-01' },
      { level: 1, from: '2026-10-01' },
    ]);
  });

  it('looks back 28 days for Level 2 or 3 management', () => {
    expect(managedAtLevel2Or3Within(periods, '2026-10-29')).toBe(true);
    expect(managedAtLevel2Or3Within(periods, '2026-10-30')).toBe(false);
  });

  it('requires a Serious Case Review for murder, manslaughter, rape or an attempt within the 28 days only', () => {
    expect(requiresSeriousCaseReview('attemptedRape', '2026-10-20', periods)).toBe(true);
    expect(requiresSeriousCaseReview('other', '2026-10-20', periods)).toBe(false);
    expect(requiresSeriousCaseReview('murder', '2026-11-20', periods)).toBe(false);
  });

  it('counts a case recorded before decisions were kept at its current level from its creation', () => {
    expect(levelPeriods([], { level: 3, createdAt: '2025-06-01T09:00:00Z' })).toEqual([
      { level: 3, from: '2025-06-01' },
    ]);
  });
});
