import {
  categoryFromFacts,
  identificationDue,
  identificationProblems,
  identifiedLate,
  nextCaseReference,
  noFacts,
  rescreeningDate,
} from '../../../../src/core/cases/lifecycle/identification';
import { msg } from '../../../../src/i18n/message';
import { english } from '../../../../src/i18n/translator';
import { aPerson } from '../../../builders';

describe('the category from the facts', () => {
  it('gives exactly one category: the first that applies wins', () => {
    const r = categoryFromFacts({ ...noFacts, registeredSexOffender: true, violentOrOtherSexualOffender: true }, 2);
    expect(r).toEqual({ ok: true, value: { category: 1, met: [1, 2] } });
    expect(categoryFromFacts({ ...noFacts, violentOrOtherSexualOffender: true, terrorism: true }, 1)).toMatchObject({
      ok: true,
      value: { category: 2 },
    });
    expect(categoryFromFacts({ ...noFacts, terrorism: true }, 1)).toMatchObject({ ok: true, value: { category: 4 } });
  });

  it('finds no category when no test is met: not a MAPPA nominal', () => {
    const r = categoryFromFacts(noFacts, 2);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toEqual([msg('cases.problem.noCategory')]);
      expect(r.error.map((m) => english()(m))).toEqual([
        'None of the categories applies: the person is not a MAPPA nominal.',
      ]);
    }
  });

  it('allows Category 3 only at Level 2 or 3 and only with a written rationale', () => {
    const facts = { ...noFacts, otherDangerousOffender: true };
    expect(categoryFromFacts(facts, 2, 'Stabbed a stranger; threats continue')).toMatchObject({
      ok: true,
      value: { category: 3 },
    });
    const atLevel1 = categoryFromFacts(facts, 1, 'Stabbed a stranger; threats continue');
    expect(atLevel1.ok).toBe(false);
    if (!atLevel1.ok) expect(atLevel1.error).toEqual([msg('cases.problem.category3Level')]);
    const noRationale = categoryFromFacts(facts, 3, '   ');
    expect(noRationale.ok).toBe(false);
    if (!noRationale.ok) expect(noRationale.error).toEqual([msg('cases.problem.category3Rationale')]);
  });

  it('passes to a later category when Category 3 cannot stand', () => {
    expect(categoryFromFacts({ ...noFacts, otherDangerousOffender: true, terrorism: true }, 1, '')).toMatchObject({
      ok: true,
      value: { category: 4, met: [3, 4] },
    });
  });
});

describe('identification dates', () => {
  it('is due within 3 days of sentence or admission, and late after', () => {
    expect(identificationDue({ from: '2026-11-27' })).toBe('2026-11-30');
    expect(identifiedLate({ from: '2026-11-27' }, '2026-11-30')).toBe(false);
    expect(identifiedLate({ from: '2026-11-27' }, '2026-12-01')).toBe(true);
  });

  it('re-screens custody 6 months before release, 12 when complex, and none without a release date', () => {
    const custody = {
      kind: 'custody' as const,
      from: '2024-03-01',
      until: '2027-08-31',
      termMonths: 42,
      complex: false,
    };
    expect(rescreeningDate(custody)).toBe('2027-02-28');
    expect(rescreeningDate({ ...custody, complex: true })).toBe('2026-08-31');
    expect(rescreeningDate({ kind: 'hospital', from: '2025-01-10', until: '2027-01-10', complex: false })).toBe(
      '2026-07-10',
    );
    expect(rescreeningDate({ kind: 'custody', from: '2025-01-10', complex: false })).toBeUndefined();
    expect(
      rescreeningDate({ kind: 'community', from: '2025-01-10', until: '2027-01-10', complex: false }),
    ).toBeUndefined();
  });

  it('needs the notification record for custody and hospital or guardianship orders', () => {
    expect(identificationProblems({ kind: 'hospital', from: '2026-11-18', complex: false })).toEqual([
      msg('cases.problem.notification'),
    ]);
    expect(
      identificationProblems({
        kind: 'guardianship',
        from: '2026-11-18',
        complex: false,
        notifiedBy: aPerson({ agency: 'health' }),
        notifiedAt: '2026-11-19T09:00:00.000Z',
      }),
    ).toEqual([]);
    expect(identificationProblems({ kind: 'community', from: '2026-11-18', complex: false })).toEqual([]);
    expect(identificationProblems(undefined)).toEqual([msg('cases.problem.noDisposal')]);
  });

  it('numbers new cases after the highest reference of the year', () => {
    expect(nextCaseReference(['MP-2026-0142', 'MP-2026-0009', 'MP-2025-0999'], 2026)).toBe('MP-2026-0143');
    expect(nextCaseReference([], 2027)).toBe('MP-2027-0001');
  });
});
