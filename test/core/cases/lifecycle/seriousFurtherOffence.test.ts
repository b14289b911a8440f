import {
  furtherOffenceProblems,
  levelPeriods,
  seriousCaseReviewFinding,
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

  it('says why a charge does or does not require a review, before the coordinator confirms', () => {
    expect(seriousCaseReviewFinding('manslaughter', '2026-10-29', periods)).toBe('required');
    expect(seriousCaseReviewFinding('other', '2026-10-29', periods)).toBe('notASeriousCharge');
    expect(seriousCaseReviewFinding('rape', '2026-10-30', periods)).toBe('notManagedAtLevel2Or3');
  });

  describe('what a further offence record needs', () => {
    // The area's today, as the use case reads it from its frozen clock.
    const today = '2026-11-20';
    const complete = {
      charge: 'rape' as const,
      chargedOn: '2026-11-19',
      rationale: 'Police notified the coordinator.',
      confirmed: true,
    };
    const keys = (record: typeof complete | Record<string, unknown>) =>
      furtherOffenceProblems({ ...complete, ...record }, today).map((m) => m.key);

    it('takes a complete record charged up to today', () => {
      expect(keys({})).toEqual([]);
      expect(keys({ chargedOn: today })).toEqual([]);
    });

    it('refuses a charge dated after today, or a date that does not exist', () => {
      expect(keys({ chargedOn: '2026-11-21' })).toEqual(['caseTeam.furtherOffence.problem.future']);
      expect(keys({ chargedOn: '2026-02-30' })).toEqual(['caseTeam.furtherOffence.problem.chargedOn']);
      expect(keys({ chargedOn: '' })).toEqual(['caseTeam.furtherOffence.problem.chargedOn']);
    });

    it('needs a rationale and the recorder’s confirmation', () => {
      expect(keys({ rationale: '   ', confirmed: false })).toEqual([
        'caseTeam.furtherOffence.problem.rationale',
        'caseTeam.furtherOffence.problem.confirm',
      ]);
    });
  });
});
