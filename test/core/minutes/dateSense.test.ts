import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { dateProblems } from '../../../src/core/minutes/dateSense';
import { setNextReview } from '../../../src/core/minutes/nextReview';
import { localDate } from '../../../src/core/shared/dates';
import { msg } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';
import { aCompleteDraft, aDraft } from './fixtures';

describe('dates checked against the meeting', () => {
  const m = aCompleteDraft();
  const day = localDate(m.meetingDetails.start);

  it('accepts the complete fixture as it is', () => {
    expect(dateProblems(m)).toEqual([]);
  });

  it('refuses a next review in 2020 or on the meeting day, naming both dates', () => {
    const past = setNextReview(aDraft(), '2020-03-01', 'Typed quickly');
    expect(past).toEqual({
      ok: false,
      error: msg('minutes.problems.reviewNotAfterMeeting', { review: '2020-03-01', meeting: day }),
    });
    expect(past.ok ? '' : english()(past.error)).toBe(
      `The next review date (2020-03-01) is not after this meeting (${day}).`,
    );
    expect(setNextReview(aDraft(), day, 'Same day').ok).toBe(false);
    const far = setNextReview(aDraft(), '2062-01-15', 'Far away');
    expect(far.ok ? '' : english()(far.error)).toMatch(/check the year/);
  });

  it('lists an action due before the meeting among what finalising still needs', () => {
    const early = { ...m, actions: m.actions.map((a, i) => (i === 0 ? { ...a, dueDate: '2026-01-02' } : a)) };
    const missing = checkCompleteness(early);
    expect(missing.map((x) => x.section)).toEqual(['actions']);
    expect(english()(missing[0]!.message)).toContain(`is due (2026-01-02) before this meeting (${day})`);
  });

  it('does not ask for a review date when the case leaves MAPPA', () => {
    const exit = {
      ...m,
      decisions: { ...m.decisions, exitMappa: true },
      nextReview: { ...m.nextReview, date: '2020-01-01' },
    };
    expect(dateProblems(exit as typeof m)).toEqual([]);
  });
});
