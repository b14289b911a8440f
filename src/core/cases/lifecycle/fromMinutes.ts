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

/**
 * The minutes are the one source of truth for level, category, next review and exit: once signed
 * (or corrected), whatever differs from the case is what the case must now say. The next review
 * is the agreed date, else the proposed one.
 */
export function changesFromMinutes(
  c: Pick<Case, 'level' | 'category' | 'status'> & { nextReviewDue?: IsoDate | undefined },
  m: Pick<Minutes, 'decisions' | 'nextReview' | 'status'>,
): MinutesDecisionChanges {
  if (m.status !== 'final' || c.status === 'exited') return {};
  const out: MinutesDecisionChanges = {};
  const d = m.decisions;
  if (d.exitMappa) return { exit: { rationale: d.levelRationale || 'Exit from MAPPA decided by the panel' } };
  if (d.level !== undefined && d.level !== c.level) {
    out.level = { from: c.level, to: d.level, rationale: d.levelRationale };
  }
  if (d.category !== undefined && d.category !== c.category) {
    out.category = { from: c.category, to: d.category, rationale: d.categoryRationale };
  }
  const review = m.nextReview.date ?? m.nextReview.proposedDate;
  if (review && review !== c.nextReviewDue) {
    out.nextReview = { ...(c.nextReviewDue ? { from: c.nextReviewDue } : {}), to: review };
  }
  return out;
}
