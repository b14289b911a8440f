import { z } from 'zod';

import { msg, type Message } from '../../i18n/message';
import { lazySchema } from '../shared/lazySchema';

/** Agencies that sit on MAPPA panels: the Responsible Authority, Duty to Co-operate agencies, and others invited. */
export const agencies = {
  police: 'Police',
  probation: 'Probation',
  prison: 'Prison Service',
  childrensServices: "Children's services",
  adultSocialCare: 'Adult social care',
  health: 'Health',
  housing: 'Housing',
  youthJustice: 'Youth offending team',
  jobcentrePlus: 'Jobcentre Plus',
  electronicMonitoring: 'Electronic monitoring',
  immigrationEnforcement: 'Home Office Immigration Enforcement',
  victimLiaison: 'Victim liaison',
  other: 'Other agency',
} as const;

export type Agency = keyof typeof agencies;
export const AgencySchema = lazySchema(() => z.enum(Object.keys(agencies) as [Agency, ...Agency[]]));
/** The agency's name in English, as records (documents, audit lines, stored text) keep it. */
export const agencyLabel = (a: Agency): string => agencies[a];
/** The agency's name to say on screen, in the reader's language. */
export const agencyMessage = (a: Agency): Message => msg(`people.agency.${a}` as const);

/** The Responsible Authority agencies share under their own duty; others under s.325 CJA 2003 or a local protocol. */
export const responsibleAuthority: readonly Agency[] = ['police', 'probation', 'prison'];

export const PersonSchema = lazySchema(() =>
  z.object({
    /** Directory object id in production; a stable fictional id in local mode. */
    id: z.string().min(1),
    name: z.string().trim().min(1, 'Enter a name').max(200),
    email: z.string().trim().toLowerCase().email('Enter a valid e-mail address').max(320),
    agency: AgencySchema,
    role: z.string().trim().max(200).optional(),
  }),
);
export type Person = z.infer<typeof PersonSchema>;
