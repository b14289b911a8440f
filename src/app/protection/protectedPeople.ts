import { may } from '../../core/access/policy';
import type { Minutes } from '../../core/minutes/minutes.schema';
import { protectedIndexFor } from '../../core/minutes/protectedPeople';
import type { OutgoingMail } from '../../core/ports';
import { withhold, type ProtectedIndex } from '../../core/protection/matcher';
import {
  protectedPeopleKind,
  type ProtectedPeople,
  type ProtectedPerson,
} from '../../core/protection/protectedPeople.schema';
import { NotOnCaseError } from '../../core/shared/errors';
import { requireAccess, type GuardDeps } from '../access/caseAccess';
import type { Services } from '../services';

/**
 * The case's protected people, for withholding them from what travels. Read without asking the
 * policy: it is only ever read on the way to removing them from something the person may see.
 */
export async function readProtectedPeople(
  services: Pick<Services, 'storage'>,
  caseId: string,
): Promise<ProtectedPerson[]> {
  return (await services.storage.collection(protectedPeopleKind).get(caseId))?.doc.people ?? [];
}

/** Everything the minutes must keep back: the case's protected people and the minutes' flagged victims. */
export async function protectedIndexForMinutes(
  services: Pick<Services, 'storage'>,
  m: Pick<Minutes, 'caseId' | 'victimIssues' | 'nominal' | 'attendance'>,
): Promise<ProtectedIndex> {
  return protectedIndexFor(m, await readProtectedPeople(services, m.caseId));
}

/**
 * Records the case's protected people. Only someone who may write the minutes and whose need to
 * know covers victim safety may see or change the list.
 */
export async function saveProtectedPeople(
  services: GuardDeps,
  caseId: string,
  people: readonly ProtectedPerson[],
): Promise<ProtectedPeople> {
  const access = await requireAccess(services, caseId, 'writeMinutes');
  if (!access.restricted.has('victimSafety')) {
    throw new NotOnCaseError(caseId, 'notAllowed', 'record the case’s protected people');
  }
  const col = services.storage.collection(protectedPeopleKind);
  const doc: ProtectedPeople = {
    id: caseId,
    caseId,
    people: [...people],
    updatedAt: services.clock.now().toISOString(),
  };
  const current = await col.get(caseId);
  const saved = current ? await col.update(doc, current.version) : await col.create(doc);
  return saved.doc;
}

/** Whether the person may see the protected people list (victim safety is within their need to know). */
export async function mayReadProtectedPeople(services: GuardDeps, caseId: string): Promise<boolean> {
  const access = await requireAccess(services, caseId, 'readMinutes');
  return may(access, 'readMinutes') && access.restricted.has('victimSafety');
}

/** A mail's subject and body with every mention of a protected person withheld. */
export const withholdFromMail = (mail: OutgoingMail, index: ProtectedIndex): OutgoingMail => ({
  ...mail,
  subject: withhold(mail.subject, index),
  body: withhold(mail.body, index),
});
