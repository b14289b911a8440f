import { defaultAreaSettings, AreaSettingsSchema } from '../../../src/core/area/areaSettings';
import { proposeNextReview, setNextReview } from '../../../src/core/minutes/nextReview';
import { msg } from '../../../src/i18n/message';
import { aDraft, settings } from './fixtures';

describe('cadence and next review', () => {
  it('proposes 10 weeks at Level 2 and 6 weeks at Level 3, from the area settings', () => {
    expect(proposeNextReview('2026-11-20T10:00:00Z', 2, settings)).toBe('2027-01-29');
    expect(proposeNextReview('2026-11-20T10:00:00Z', 3, settings)).toBe('2027-01-01');
    const area = AreaSettingsSchema.parse({ cadenceWeeks: { level2: 8 } });
    expect(proposeNextReview('2026-11-20T10:00:00Z', 2, area)).toBe('2027-01-15');
    expect(proposeNextReview('2026-11-20T10:00:00Z', 1, defaultAreaSettings())).toBeUndefined();
  });

  it('uses the local date in the area, not UTC', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
    expect(proposeNextReview('2026-05-31T23:30:00Z', 3, settings)).toBe('2026-07-13');
  });

  it('accepts the proposed date and needs a reason to change it', () => {
    const m = aDraft();
    expect(m.nextReview.proposedDate).toBe('2027-01-29');
    const same = setNextReview(m, '2027-01-29', '');
    expect(same.ok && same.value.nextReview.date).toBe('2027-01-29');
    const noReason = setNextReview(m, '2027-02-05', ' ');
    expect(noReason).toEqual({ ok: false, error: msg('minutes.problems.nextReviewChangeReason') });
    const withReason = setNextReview(m, '2027-02-05', 'Chair on leave');
    expect(withReason.ok && withReason.value.nextReview).toMatchObject({
      date: '2027-02-05',
      changeReason: 'Chair on leave',
    });
    expect(setNextReview(m, '2027-02-30', 'x')).toEqual({ ok: false, error: msg('minutes.problems.nextReviewFormat') });
  });
});
