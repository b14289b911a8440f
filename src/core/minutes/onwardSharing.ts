import { canShareOnward, type OnwardDecision } from '../confidentiality/minimumNecessary';
import type { Person } from '../people/agency';
import type { OnwardSharing } from './minutes.schema';

/**
 * Whether an item may go beyond the panel: what, by whom and to whom recorded, and the permission
 * the guidance asks for (the chair's; for victim information, the supplying agency's).
 */
export function onwardSharingDecision(item: OnwardSharing): OnwardDecision {
  const missing = [
    item.what.trim() ? '' : 'say what may be passed on',
    item.passedOnBy.trim() ? '' : 'say who may pass it on',
    item.recipient.trim() ? '' : 'say to whom',
    item.suppliedBy ? '' : 'name the agency that supplied it',
  ].filter(Boolean);
  if (missing.length) return { allowed: false, reason: `Before it can go further: ${missing.join('; ')}.` };
  const p = item.permission;
  return canShareOnward(
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
): OnwardSharing | { refused: string } {
  if (item.aboutVictim) {
    if (!item.suppliedBy || person.agency !== item.suppliedBy) {
      return { refused: 'Victim information goes further only with the agreement of the agency that supplied it.' };
    }
    return {
      ...item,
      permission: { by: 'supplyingAgency', person: { id: person.id, name: person.name }, at: at.toISOString() },
    };
  }
  if (!as.chair) return { refused: 'Only the chair can permit information to go beyond the panel.' };
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
