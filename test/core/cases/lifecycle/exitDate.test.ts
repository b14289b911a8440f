import type { Disposal } from '../../../../src/core/cases/case.schema';
import { ageOn, exitDueFor, notificationPeriod } from '../../../../src/core/cases/lifecycle/exitDate';
import { msg } from '../../../../src/i18n/message';
import { english } from '../../../../src/i18n/translator';
import { aCase } from '../../../builders';

const adult = '1980-05-01';
const youth = '2010-06-15';
const custody = (termMonths: number, over: Partial<Disposal> = {}): Disposal => ({
  kind: 'custody',
  from: '2026-03-02',
  termMonths,
  complex: false,
  ...over,
});

describe('the Category 1 notification period (SOA 2003 s.82)', () => {
  it('is indefinite for custody over 30 months, with a review after 15 years from release', () => {
    expect(notificationPeriod(custody(31, { until: '2028-09-01' }), adult)).toEqual({
      kind: 'indefinite',
      reviewFrom: '2043-09-01',
    });
  });

  it('is 10 years for custody over 6 and up to 30 months, 7 years for 6 months or less', () => {
    expect(notificationPeriod(custody(30), adult)).toMatchObject({ kind: 'fixed', ends: '2036-03-02' });
    expect(notificationPeriod(custody(7), adult)).toMatchObject({ kind: 'fixed', ends: '2036-03-02' });
    expect(notificationPeriod(custody(6), adult)).toMatchObject({ kind: 'fixed', ends: '2033-03-02' });
  });

  it('is 5 years for a community order, 2 for a caution, and a conditional discharge its own length', () => {
    const from = '2026-03-02';
    expect(notificationPeriod({ kind: 'community', from, complex: false }, adult)).toMatchObject({
      ends: '2031-03-02',
    });
    expect(notificationPeriod({ kind: 'caution', from, complex: false }, adult)).toMatchObject({ ends: '2028-03-02' });
    expect(
      notificationPeriod({ kind: 'conditionalDischarge', from, until: '2027-09-02', complex: false }, adult),
    ).toEqual({ kind: 'fixed', months: 18, ends: '2027-09-02' });
  });

  it('halves the fixed periods when under 18 at conviction; indefinite stays indefinite with review after 8 years', () => {
    expect(ageOn(youth, '2026-03-02')).toBe(15);
    expect(notificationPeriod(custody(12), youth)).toMatchObject({ months: 60, ends: '2031-03-02' });
    expect(notificationPeriod(custody(4), youth)).toMatchObject({ months: 42, ends: '2029-09-02' });
    expect(notificationPeriod({ kind: 'community', from: '2026-03-02', complex: false }, youth)).toMatchObject({
      ends: '2028-09-02',
    });
    expect(notificationPeriod({ kind: 'caution', from: '2026-03-02', complex: false }, youth)).toMatchObject({
      ends: '2027-03-02',
    });
    expect(notificationPeriod(custody(48, { until: '2029-03-02' }), youth)).toEqual({
      kind: 'indefinite',
      reviewFrom: '2037-03-02',
    });
  });

  it('counts age on the day of conviction: 18 on that day is an adult', () => {
    expect(notificationPeriod({ kind: 'caution', from: '2028-06-15', complex: false }, youth)).toMatchObject({
      months: 24,
    });
  });
});

describe('the exit date a case gets', () => {
  it('Category 1 from the notification period', () => {
    const c = aCase({ category: 1, disposal: { kind: 'community', from: '2026-01-05', complex: false } });
    expect(exitDueFor(c)).toMatchObject({ kind: 'date', date: '2031-01-05' });
  });

  it('Category 2 from the licence, hospital or guardianship order end', () => {
    expect(
      exitDueFor(
        aCase({ category: 2, disposal: { kind: 'hospital', from: '2025-01-05', until: '2027-06-30', complex: false } }),
      ),
    ).toEqual({ kind: 'date', date: '2027-06-30', basis: msg('cases.exitBasis.orderEnds', { order: 'hospital' }) });
    const noLicenceEnd = exitDueFor(
      aCase({ category: 2, disposal: { kind: 'custody', from: '2025-01-05', complex: false } }),
    );
    expect(noLicenceEnd).toEqual({ kind: 'none', basis: msg('cases.exitBasis.orderEndMissing', { order: 'licence' }) });
    expect(english()(noLicenceEnd.basis)).toBe('No date recorded for when the licence ends.');
    const guardianship = exitDueFor(
      aCase({
        category: 2,
        disposal: { kind: 'guardianship', from: '2025-01-05', until: '2027-01-05', complex: false },
      }),
    );
    expect(english()(guardianship.basis)).toBe('guardianship order ends');
  });

  it('none for Categories 3 and 4: a panel decides', () => {
    const disposal: Disposal = { kind: 'community', from: '2026-01-05', until: '2027-01-05', complex: false };
    expect(exitDueFor(aCase({ category: 3, disposal })).kind).toBe('none');
    expect(exitDueFor(aCase({ category: 4, disposal })).kind).toBe('none');
  });
});
