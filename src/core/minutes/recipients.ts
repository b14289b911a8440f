import type { DistributionRecipient, VictimFlags } from '../confidentiality/distribution';
import type { MinutesContent } from './minutes.schema';

/** Who is flagged as a victim in these minutes: never sent minutes, whatever their address. */
export function victimFlagsOf(m: Pick<MinutesContent, 'victimIssues'>): VictimFlags {
  const flagged = m.victimIssues.flaggedVictims;
  return { personIds: flagged.map((v) => v.id), emails: flagged.map((v) => v.email).filter((e) => e.trim() !== '') };
}

/** Everyone on the attendance list and the distribution list, once each, proposed as recipients. */
export function proposedRecipients(m: Pick<MinutesContent, 'attendance' | 'distribution'>): DistributionRecipient[] {
  const all = [
    ...m.attendance.map((a) => ({ id: a.person.id, name: a.person.name, email: a.person.email })),
    ...m.distribution.recipients,
  ];
  return all.filter((r, i) => all.findIndex((x) => x.email.toLowerCase() === r.email.toLowerCase()) === i);
}
