import { caseKind } from '../../core/cases/case.schema';
import { changesFromMinutes, hasChanges } from '../../core/cases/lifecycle/fromMinutes';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { msg, type Message } from '../../i18n/message';
import type { Services } from '../services';
import { keepDecision } from './caseDecisions';
import { exitCase, recordCaseCategory, recordCaseLevel } from './recordCaseLevel';

/**
 * Finalised minutes are the one source of truth for level, category, next review and exit: once
 * signed, the case and its series follow what they decided, and again after a correction that
 * changes any of them. Returns what could not be applied, to say to the chair.
 */
export async function applyMinutesDecisions(services: Services, m: Minutes): Promise<Message[]> {
  const cases = services.storage.collection(caseKind);
  const stored = await cases.get(m.caseId);
  if (!stored) return [];
  // A correction carries only what it changes from the version before it.
  const previous = m.versions.length > 1 ? m.versions[m.versions.length - 2]?.content : undefined;
  const changes = changesFromMinutes(stored.doc, m, previous);
  if (!hasChanges(changes)) return [];
  const minutes = { meetingId: m.id, version: m.versions.length };
  const meetingDay = m.versions[m.versions.length - 1]?.at.slice(0, 10);
  const problems: Message[] = [];
  if (changes.exit) {
    const r = await exitCase(services, m.caseId, {
      rationale: changes.exit.rationale,
      confirmed: true,
      source: 'minutes',
      minutes,
      ...(meetingDay ? { lastHeld: meetingDay } : {}),
    });
    return r.ok ? [] : r.error;
  }
  const category = async () => {
    if (!changes.category) return;
    const r = await recordCaseCategory(services, m.caseId, {
      to: changes.category.to,
      rationale: changes.category.rationale,
      source: 'minutes',
      minutes,
    });
    if (!r.ok) problems.push(...r.error);
  };
  const level = async () => {
    if (!changes.level) return;
    const r = await recordCaseLevel(services, m.caseId, {
      to: changes.level.to,
      rationale: changes.level.rationale,
      confirmed: true,
      source: 'minutes',
      minutes,
      ...(meetingDay ? { lastHeld: meetingDay } : {}),
      ...(changes.nextReview ? { firstMeetingDate: changes.nextReview.to } : {}),
    });
    if (!r.ok) problems.push(...r.error);
  };
  // Leaving Category 3 comes before Level 1; reaching Level 2 or 3 before Category 3.
  if (changes.level?.to === 1) {
    await category();
    await level();
  } else {
    await level();
    await category();
  }
  if (changes.nextReview) {
    const current = await cases.get(m.caseId);
    if (current) await cases.update({ ...current.doc, nextReviewDue: changes.nextReview.to }, current.version);
    await keepDecision(services, {
      caseId: m.caseId,
      kind: 'reviewSet',
      source: 'minutes',
      minutes,
      nextReview: changes.nextReview.to,
      rationale: m.nextReview.changeReason || 'Next review set in the finalised minutes',
    });
  }
  return problems;
}

/** Several problems as one message, each a whole sentence said after the one before. */
export function oneAfterAnother(first: Message, rest: readonly Message[]): Message {
  const [next, ...after] = rest;
  return next ? msg('cases.problems.more', { first, rest: oneAfterAnother(next, after) }) : first;
}
