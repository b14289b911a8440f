import { findProtected, noProtectedPeople, type ProtectedIndex } from '../protection/matcher';
import { msg, type Message } from '../../i18n/message';
import { JobcentrePlusNotificationSchema, type JobcentrePlusNotification } from './specialChannels';

/**
 * MAPPA J tells Jobcentre Plus only the kinds of work restricted, until when, and any risk to staff.
 * A restriction's free text is where offence details creep in ("no work with children because of
 * his conviction for…"), so it is screened; the chair is warned and must rewrite it. The patterns
 * are phrases about offending, not the groups a restriction names: "work with children" is exactly
 * what the form is for.
 */
type OffenceDetail = 'conviction' | 'offence' | 'harm' | 'victim';
const offencePatterns: readonly { id: OffenceDetail; pattern: RegExp }[] = [
  {
    id: 'conviction',
    pattern:
      /\b(?:convict(?:ed|ion|ions)|charged|sentenc(?:ed|e)|pleaded guilty|found guilty|cautioned for|previous(?:ly)? (?:offended|convicted)|on licen[cs]e|released from (?:prison|custody)|served \d+|imprisonment)\b/i,
  },
  {
    id: 'offence',
    pattern:
      /\b(?:offen(?:ce|ces|ding|ded|der)|crimes?|criminal record|sex(?:ual)? offen\w*|schedule 15|sexual offences act|register(?:ed)? sex)\b/i,
  },
  {
    id: 'harm',
    pattern:
      /\b(?:rap(?:e|ed|ing)|sexual(?:ly)? (?:assault\w*|abus\w*|touch\w*|activity)|indecent (?:images?|exposure|assault)|groom(?:ed|ing)|assault(?:ed|ing)?|attack(?:ed|ing)?|stabb(?:ed|ing)|murder\w*|manslaughter|kill(?:ed|ing)|arson|robbery|burglary|stalk(?:ed|ing)|harass(?:ed|ment)|GBH|ABH|grievous bodily harm|actual bodily harm|domestic (?:abuse|violence)|abus(?:ed|ing) (?:a|his|her|their)|exploit(?:ed|ing))\b/i,
  },
  { id: 'victim', pattern: /\bvictims?\b/i },
];

export type SmuggledDetail = { field: string; detail: OffenceDetail; matched: string };

/** Offence details found in the notification's free text, by field. */
export function smuggledOffenceDetails(text: string, field = 'text'): SmuggledDetail[] {
  const out: SmuggledDetail[] = [];
  for (const p of offencePatterns) {
    const m = p.pattern.exec(text);
    if (m) out.push({ field, detail: p.id, matched: m[0] });
  }
  return out;
}

export type JobcentrePlusCheck =
  | { ok: true; notification: JobcentrePlusNotification; smuggled: [] }
  | { ok: false; reasons: Message[]; smuggled: SmuggledDetail[] };

/** A schema issue said as a message a screen can put in the reader's language. */
function issueReason(issue: { path: PropertyKey[]; code: string }): Message {
  const [first, second, third] = issue.path;
  const key = String(first === 'restrictions' ? (third ?? 'restrictions') : (second ?? first));
  if (key === 'dateOfBirth' || key === 'until') {
    return msg(
      issue.code === 'custom'
        ? 'confidentiality.jobcentrePlus.problem.dateNotReal'
        : 'confidentiality.jobcentrePlus.problem.dateFormat',
    );
  }
  if (key === 'name') return msg('confidentiality.jobcentrePlus.problem.name');
  if (key === 'nationalInsuranceNumber') return msg('confidentiality.jobcentrePlus.problem.nationalInsuranceNumber');
  if (key === 'restrictions') return msg('confidentiality.jobcentrePlus.problem.restrictions');
  if (key === 'description') return msg('confidentiality.jobcentrePlus.problem.description');
  if (key === 'riskToStaff') return msg('confidentiality.jobcentrePlus.problem.riskToStaff');
  return msg('confidentiality.jobcentrePlus.problem.other');
}

/** Every reason in one message, each said in turn, for a refusal that has room for one. */
export const allReasons = (reasons: readonly Message[]): Message =>
  reasons.reduceRight<Message | undefined>(
    (more, reason) => (more ? msg('disclosure.jobcentrePlus.reasons', { reason, more }) : reason),
    undefined,
  ) ?? msg('confidentiality.jobcentrePlus.problem.other');

/**
 * Whether a MAPPA J notification may be saved: the strict schema (identity, restrictions with end
 * dates, risk to staff, nothing else), and no offence detail in any restriction's description.
 */
export function checkJobcentrePlusNotification(
  input: unknown,
  protectedPeople: ProtectedIndex = noProtectedPeople,
): JobcentrePlusCheck {
  const parsed = JobcentrePlusNotificationSchema.safeParse(input);
  const restrictions =
    typeof input === 'object' && input !== null && Array.isArray((input as { restrictions?: unknown }).restrictions)
      ? ((input as { restrictions: { description?: unknown }[] }).restrictions ?? [])
      : [];
  const smuggled = restrictions.flatMap((r, i) =>
    typeof r?.description === 'string' ? smuggledOffenceDetails(r.description, `restrictions.${i}.description`) : [],
  );
  // A third party is never told who the case protects: a restriction naming them is refused too.
  const naming = restrictions.flatMap((r, i) =>
    typeof r?.description === 'string' && findProtected(r.description, protectedPeople).length > 0 ? [i] : [],
  );
  const reasons = [
    ...(parsed.success ? [] : parsed.error.issues.map(issueReason)),
    ...naming.map((i) => msg('confidentiality.jobcentrePlus.problem.namesProtected', { number: i + 1 })),
    ...smuggled.map((s) =>
      msg('confidentiality.jobcentrePlus.problem.smuggled', {
        number: Number(s.field.split('.')[1]) + 1,
        detail: s.detail,
        matched: s.matched,
      }),
    ),
  ];
  if (parsed.success && reasons.length === 0) return { ok: true, notification: parsed.data, smuggled: [] };
  return { ok: false, reasons, smuggled };
}
