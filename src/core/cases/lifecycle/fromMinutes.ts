import type { Case, Category, Level } from '../case.schema';
import type { Minutes } from '../../minutes/minutes.schema';
import type { IsoDate } from '../../shared/dates';

/** What finalised minutes decide that the case must follow. */
export type MinutesDecisionChanges = {
  level?: { from: Level; to: Level; rationale: string };
  category?: { from: Category; to: Category; rationale: string };
  nextReview?: { from?: IsoDate; to: IsoDate };
  exit?: { rationale: string };
};

export const hasChanges = (c: MinutesDecisionChanges): boolean =>
  Boolean(c.level || c.category || c.nextReview || c.exit);

/** What a signed version decided: the part of the minutes the case follows. */
export type SignedDecisions = Pick<Minutes, 'decisions' | 'nextReview'>;

const reviewIn = (m: SignedDecisions): IsoDate | undefined => m.nextReview.date ?? m.nextReview.proposedDate;

/**
 * The minutes are the one source of truth for level, category, next review and exit: once signed,
 * whatever differs from the case is what the case must now say. The next review is the agreed
 * date, else the proposed one.
 *
 * A correction (`previous`: the version it corrects) carries to the case only what it changes: a
 * correction of other text leaves alone a level or review the coordinator has changed since from
 * the register, while a corrected level, category, review or exit updates the case again.
 */
export function changesFromMinutes(
  c: Pick<Case, 'level' | 'category' | 'status'> & { nextReviewDue?: IsoDate | undefined },
  m: Pick<Minutes, 'decisions' | 'nextReview' | 'status'>,
  previous?: SignedDecisions,
): MinutesDecisionChanges {
  if (m.status !== 'final' || c.status === 'exited') return {};
  const corrected = <T>(now: T, before: (p: SignedDecisions) => T) =>
    previous === undefined || now !== before(previous);
  const out: MinutesDecisionChanges = {};
  const d = m.decisions;
  if (d.exitMappa && corrected(d.exitMappa, (p) => p.decisions.exitMappa)) {
    return { exit: { rationale: d.levelRationale || 'Exit from MAPPA decided by the panel' } };
  }
  if (d.level !== undefined && d.level !== c.level && corrected(d.level, (p) => p.decisions.level)) {
    out.level = { from: c.level, to: d.level, rationale: d.levelRationale };
  }
  if (d.category !== undefined && d.category !== c.category && corrected(d.category, (p) => p.decisions.category)) {
    out.category = { from: c.category, to: d.category, rationale: d.categoryRationale };
  }
  const review = reviewIn(m);
  if (review && review !== c.nextReviewDue && corrected(review, reviewIn)) {
    out.nextReview = { ...(c.nextReviewDue ? { from: c.nextReviewDue } : {}), to: review };
  }
  return out;
}
