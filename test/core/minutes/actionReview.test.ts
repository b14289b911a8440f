import { applyReviewOutcomes, recordReviewOutcome } from '../../../src/core/minutes/actionReview';
import { actionKind } from '../../../src/core/actions/action.schema';
import { encodeDocument } from '../../../src/core/storage/defineDocument';
import { msg } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';
import { anAction } from '../../builders';
import { aDraft, chair, NOW } from './fixtures';

describe('review of previous actions', () => {
  it('needs a note when the action was not done', () => {
    const m = aDraft();
    const id = m.previousActions[0]!.id;
    expect(recordReviewOutcome(m, id, 'notDoneAgency', '')).toEqual({
      ok: false,
      error: msg('minutes.problems.reviewNoteNeeded'),
    });
    expect(recordReviewOutcome(m, 'no-such-review', 'done', '')).toEqual({
      ok: false,
      error: msg('minutes.problems.actionNotInReview'),
    });
    expect(recordReviewOutcome(m, id, 'notDoneCircumstances', ' ').ok).toBe(false);
    expect(recordReviewOutcome(m, id, 'done', '').ok).toBe(true);
    const r = recordReviewOutcome(m, id, 'notDoneAgency', 'No housing officer allocated');
    expect(r.ok && r.value.previousActions[0]).toMatchObject({
      outcome: 'notDoneAgency',
      note: 'No housing officer allocated',
    });
  });

  it('applies outcomes to the Action documents once', () => {
    const m = aDraft();
    const r = recordReviewOutcome(m, m.previousActions[0]!.id, 'notDoneCircumstances', 'Moved out of area');
    if (!r.ok) throw new Error(english()(r.error));
    const action = anAction({ id: 'act_old', meetingId: 'mtg_1' });
    const [updated] = applyReviewOutcomes(r.value, [action], chair, NOW);
    expect(updated?.status).toBe('notDoneCircumstances');
    expect(updated?.updates).toEqual([
      expect.objectContaining({
        id: 'mtg_2:act_old',
        status: 'notDoneCircumstances',
        text: expect.stringContaining('Moved out of area'),
      }),
    ]);
    expect(applyReviewOutcomes(r.value, [updated!], chair, NOW)).toEqual([]);
  });

  it('carries a review note of the longest allowed length onto the action whole, never cut', () => {
    const m = aDraft();
    const note = `${'n'.repeat(1999)}Z`;
    const r = recordReviewOutcome(m, m.previousActions[0]!.id, 'notDoneAgency', note);
    if (!r.ok) throw new Error(english()(r.error));
    const [updated] = applyReviewOutcomes(r.value, [anAction({ id: 'act_old', meetingId: 'mtg_1' })], chair, NOW);
    expect(updated?.updates[0]?.text.endsWith(note)).toBe(true);
    expect(() => encodeDocument(actionKind, updated!)).not.toThrow();
  });
});
