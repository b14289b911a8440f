import { msg, type Message } from '../../i18n/message';
import { canShareOnward } from '../confidentiality/minimumNecessary';
import type { Person } from '../people/agency';
import type { OnwardSharing } from './minutes.schema';

/** Whether an item may go further, and if not, why, to be said in the reader's language. */
export type OnwardSharingDecision = { allowed: true } | { allowed: false; reason: Message };

/**
 * Whether an item may go beyond the panel: what, by whom and to whom recorded, and the permission
 * the guidance asks for (the chair's; for victim information, the supplying agency's).
 */
export function onwardSharingDecision(item: OnwardSharing): OnwardSharingDecision {
  const missing: Message[] = [
    ...(item.what.trim() ? [] : [msg('minutes.onwardSharing.sayWhat')]),
    ...(item.passedOnBy.trim() ? [] : [msg('minutes.onwardSharing.sayWho')]),
    ...(item.recipient.trim() ? [] : [msg('minutes.onwardSharing.sayToWhom')]),
    ...(item.suppliedBy ? [] : [msg('minutes.onwardSharing.nameSupplier')]),
  ];
  // Each still-missing step after the first joins the sentence as "first; rest", so no text is glued here.
  const joined = missing.reduceRight<Message | undefined>(
    (rest, first) => (rest ? msg('minutes.onwardSharing.andAlso', { first, rest }) : first),
    undefined,
  );
  if (joined) return { allowed: false, reason: msg('minutes.onwardSharing.beforeFurther', { missing: joined }) };
  const p = item.permission;
  const decision = canShareOnward(
    { id: item.id, agency: item.suppliedBy!, aboutVictim: item.aboutVictim },
    p
      ? [
          {
            entryId: item.id,
            by: p.by,
            agency: p.by === 'supplyingAgency' ? item.suppliedBy : undefined,
            person: p.person,
            at: p.at,
            recipient: item.recipient,
          },
        ]
      : [],
  );
  if (decision.allowed) return decision;
  // The guidance's two refusals, said in the reader's language: whose agreement is still needed.
  return {
    allowed: false,
    reason: msg(
      item.aboutVictim ? 'minutes.onwardSharing.supplierAgreementNeeded' : 'minutes.onwardSharing.chairAgreementNeeded',
    ),
  };
}

/**
 * Records the permission: the chair's, or (for victim information) the supplying agency's through
 * its representative. Anyone else's is not a permission and is refused.
 */
export function recordPermission(
  item: OnwardSharing,
  person: Person,
  as: { chair: boolean },
  at: Date,
): OnwardSharing | { refused: Message } {
  if (item.aboutVictim) {
    if (!item.suppliedBy || person.agency !== item.suppliedBy) {
      return { refused: msg('minutes.onwardSharing.victimNeedsSupplier') };
    }
    return {
      ...item,
      permission: { by: 'supplyingAgency', person: { id: person.id, name: person.name }, at: at.toISOString() },
    };
  }
  if (!as.chair) return { refused: msg('minutes.onwardSharing.onlyChair') };
  return { ...item, permission: { by: 'chair', person: { id: person.id, name: person.name }, at: at.toISOString() } };
}

/** A change to what, who or to whom withdraws the permission: it was given for what it said. */
export function editOnwardSharing(
  item: OnwardSharing,
  patch: Partial<Omit<OnwardSharing, 'id' | 'permission'>>,
): OnwardSharing {
  const { permission: _dropped, ...rest } = item;
  return { ...rest, ...patch };
}
