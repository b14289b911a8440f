import { changesFromMinutes } from '../../../../src/core/cases/lifecycle/fromMinutes';
import type { Minutes } from '../../../../src/core/minutes/minutes.schema';

const minutes = (over: {
  decisions?: Partial<Minutes['decisions']>;
  nextReview?: Partial<Minutes['nextReview']>;
  status?: Minutes['status'];
}) =>
  ({
    status: over.status ?? 'final',
    decisions: { levelRationale: 'r', categoryRationale: 'c', agencyViews: [], exitMappa: false, ...over.decisions },
    nextReview: { changeReason: '', reconveneCriteria: '', ...over.nextReview },
  }) as Pick<Minutes, 'decisions' | 'nextReview' | 'status'>;

const theCase = { level: 2 as const, category: 2 as const, status: 'active' as const, nextReviewDue: '2027-01-05' };

describe('what finalised minutes change on the case', () => {
  it('takes the level, category and next review that differ', () => {
    expect(
      changesFromMinutes(
        theCase,
        minutes({ decisions: { level: 3, category: 4 }, nextReview: { date: '2026-12-30' } }),
      ),
    ).toEqual({
      level: { from: 2, to: 3, rationale: 'r' },
      category: { from: 2, to: 4, rationale: 'c' },
      nextReview: { from: '2027-01-05', to: '2026-12-30' },
    });
  });

  it('changes nothing when the minutes agree with the case, or are not final', () => {
    expect(
      changesFromMinutes(
        theCase,
        minutes({ decisions: { level: 2, category: 2 }, nextReview: { date: '2027-01-05' } }),
      ),
    ).toEqual({});
    expect(changesFromMinutes(theCase, minutes({ status: 'draft', decisions: { level: 3 } }))).toEqual({});
  });

  it('takes the proposed review date when none was agreed, and an exit over everything else', () => {
    expect(changesFromMinutes(theCase, minutes({ nextReview: { proposedDate: '2027-02-01' } }))).toEqual({
      nextReview: { from: '2027-01-05', to: '2027-02-01' },
    });
    expect(changesFromMinutes(theCase, minutes({ decisions: { level: 3, exitMappa: true } }))).toEqual({
      exit: { rationale: 'r' },
    });
  });

  describe('after a correction', () => {
    // What version 1 decided: Level 3, Category 2, review on 5 January.
    const signed = minutes({ decisions: { level: 3, category: 2 }, nextReview: { date: '2027-01-05' } });
    // The coordinator has since moved the case back to Level 2 from the register.
    const since = { ...theCase, level: 2 as const };

    it('carries nothing the correction did not change, even where the case has moved on since', () => {
      expect(changesFromMinutes(since, signed, signed)).toEqual({});
    });

    it('updates the case again with what the correction changed', () => {
      const corrected = minutes({ decisions: { level: 3, category: 4 }, nextReview: { date: '2026-12-15' } });
      expect(changesFromMinutes(since, corrected, signed)).toEqual({
        category: { from: 2, to: 4, rationale: 'c' },
        nextReview: { from: '2027-01-05', to: '2026-12-15' },
      });
      expect(
        changesFromMinutes(
          since,
          minutes({ decisions: { level: 1, category: 2 }, nextReview: { date: '2027-01-05' } }),
          signed,
        ),
      ).toEqual({ level: { from: 2, to: 1, rationale: 'r' } });
    });

    it('takes an exit the correction adds', () => {
      const corrected = minutes({
        decisions: { level: 3, category: 2, exitMappa: true },
        nextReview: { date: '2027-01-05' },
      });
      expect(changesFromMinutes(since, corrected, signed)).toEqual({ exit: { rationale: 'r' } });
    });
  });
});
