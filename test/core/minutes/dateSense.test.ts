import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { dateProblems } from '../../../src/core/minutes/dateSense';
import { setNextReview } from '../../../src/core/minutes/nextReview';
import { localDate } from '../../../src/core/shared/dates';
import { aCompleteDraft, aDraft } from './fixtures';

describe('dates checked against the meeting', () => {
  const m = aCompleteDraft();
  const day = localDate(m.meetingDetails.start);

  it('accepts the complete fixture as it is', () => {
    expect(dateProblems(m)).toEqual([]);
  });

  it('refuses a next review in 2020 or on the meeting day, naming both dates', () => {
    expect(setNextReview(aDraft(), '2020-03-01', 'Typed quickly')).toEqual({
      ok: false,
      error: `The next review date (2020-03-01) is not after this meeting (${day}).`,
    });
    expect(setNextReview(aDraft(), day, 'Same day').ok).toBe(false);
    expect(setNextReview(aDraft(), '2062-01-15', 'Far away')).toMatchObject({ ok: false, error: /check the year/ });
  });

  it('lists an action due before the meeting among what finalising still needs', () => {
    const early = { ...m, actions: m.actions.map((a, i) => (i === 0 ? { ...a, dueDate: '2026-01-02' } : a)) };
    expect(checkCompleteness(early)).toEqual([
      { section: 'actions', message: expect.stringContaining(`is due (2026-01-02) before this meeting (${day})`) },
    ]);
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
