import { z } from 'zod';

import type { Agency, Person } from '../../core/people/agency';
import type { DirectoryPort } from '../../core/ports';
import type { GraphTransport } from './transport';
import { lazySchema } from '../../core/shared/lazySchema';

const User = lazySchema(() =>
  z.object({
    id: z.string(),
    displayName: z.string().nullish(),
    mail: z.string().nullish(),
    userPrincipalName: z.string().nullish(),
    userType: z.string().nullish(),
    jobTitle: z.string().nullish(),
    department: z.string().nullish(),
  }),
);
const PeoplePerson = lazySchema(() =>
  z.object({
    id: z.string(),
    displayName: z.string().nullish(),
    userPrincipalName: z.string().nullish(),
    jobTitle: z.string().nullish(),
    department: z.string().nullish(),
    scoredEmailAddresses: z.array(z.object({ address: z.string().nullish() })).nullish(),
  }),
);

/** Guess the agency from the e-mail domain; the coordinator corrects it where it is wrong. */
export function agencyFromEmail(email: string, department?: string | null): Agency {
  const d = `${email.split('@')[1] ?? ''} ${department ?? ''}`.toLowerCase();
  if (/police/.test(d)) return 'police';
  if (/probation/.test(d)) return 'probation';
  if (/prison|hmpps/.test(d)) return 'prison';
  if (/nhs|health/.test(d)) return 'health';
  if (/housing/.test(d)) return 'housing';
  if (/dwp|jobcentre/.test(d)) return 'jobcentrePlus';
  if (/children/.test(d)) return 'childrensServices';
  return 'other';
}

/**
 * Guests' mail is their home address; their user principal name is the `#EXT#` form, which is
 * never an address to write to.
 */
function toPerson(
  u: {
    id: string;
    displayName?: string | null;
    mail?: string | null;
    userPrincipalName?: string | null;
    jobTitle?: string | null;
    department?: string | null;
    userType?: string | null;
  },
  address?: string | null,
): Person | undefined {
  const upn = u.userPrincipalName && !u.userPrincipalName.includes('#EXT#') ? u.userPrincipalName : undefined;
  const email = (address ?? u.mail ?? upn ?? '').toLowerCase();
  if (!email.includes('@')) return undefined;
  const role = [u.jobTitle, u.userType === 'Guest' ? 'guest' : undefined].filter(Boolean).join(', ');
  return {
    id: u.id,
    name: u.displayName?.trim() || email,
    email,
    agency: agencyFromEmail(email, u.department),
    ...(role ? { role } : {}),
  };
}

/** The signed-in person, and people search: the user's relevant people first, then the directory (guests included). */
export class GraphDirectory implements DirectoryPort {
  constructor(private readonly graph: GraphTransport) {}

  async me(): Promise<Person> {
    const res = await this.graph.call({
      method: 'GET',
      url: '/me?$select=id,displayName,mail,userPrincipalName,userType,jobTitle,department',
      safeToRepeat: true,
    });
    const p = toPerson(User.parse(res.body));
    if (!p) throw new Error('Your account has no e-mail address, which MAPPA Panel needs. Ask your administrator.');
    return p;
  }

  async searchPeople(query: string): Promise<Person[]> {
    const q = query.trim().replace(/"/g, '');
    if (q.length < 2) return [];
    const [people, users] = await Promise.all([
      this.graph.call({
        method: 'GET',
        url: `/me/people?$search=${encodeURIComponent(`"${q}"`)}&$top=10`,
        safeToRepeat: true,
      }),
      this.graph.call({
        method: 'GET',
        url: `/users?$search=${encodeURIComponent(`"displayName:${q}"`)}&$select=id,displayName,mail,userPrincipalName,userType,jobTitle,department&$top=10&$count=true`,
        headers: { ConsistencyLevel: 'eventual' },
        safeToRepeat: true,
      }),
    ]);
    const out = new Map<string, Person>();
    for (const p of z.object({ value: z.array(PeoplePerson) }).parse(people.body).value) {
      const person = toPerson(p, p.scoredEmailAddresses?.[0]?.address);
      if (person) out.set(person.email, person);
    }
    for (const u of z.object({ value: z.array(User) }).parse(users.body).value) {
      const person = toPerson(u);
      // The directory knows who is a guest; /me/people does not.
      if (person) out.set(person.email, { ...out.get(person.email), ...person });
    }
    return [...out.values()];
  }
}
