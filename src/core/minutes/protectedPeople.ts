import type { ProtectedPerson } from '../protection/protectedPeople.schema';
import { protectedIndex, type ProtectedIndex, type ProtectedLike } from '../protection/matcher';
import type { MinutesContent } from './minutes.schema';

/**
 * The protected people the minutes must keep off the stage, the summary and mail: the case's own
 * list and anyone the minutes flag as a victim. The nominal and the attendees may be named, so a
 * title or first name they share with a protected person is not taken as naming that person.
 */
export function protectedIndexFor(
  m: Pick<MinutesContent, 'victimIssues' | 'nominal' | 'attendance'>,
  casePeople: readonly ProtectedPerson[] = [],
): ProtectedIndex {
  const flagged: ProtectedLike[] = m.victimIssues.flaggedVictims.map((v) => ({
    id: v.id,
    kind: 'victim',
    name: v.name,
    emails: v.email.trim() ? [v.email] : [],
  }));
  return protectedIndex([...casePeople, ...flagged], {
    notProtected: [m.nominal.name, ...m.nominal.aliases, ...m.attendance.map((a) => a.person.name)].filter(Boolean),
  });
}
