import { findProtected, noProtectedPeople, type ProtectedIndex } from '../protection/matcher';
import { JobcentrePlusNotificationSchema, type JobcentrePlusNotification } from './specialChannels';

/**
 * MAPPA J tells Jobcentre Plus only the kinds of work restricted, until when, and any risk to staff.
 * A restriction's free text is where offence details creep in ("no work with children because of
 * his conviction for…"), so it is screened; the chair is warned and must rewrite it. The patterns
 * are phrases about offending, not the groups a restriction names: "work with children" is exactly
 * what the form is for.
 */
const offencePatterns: readonly { label: string; pattern: RegExp }[] = [
  {
    label: 'a conviction, charge or sentence',
    pattern:
      /\b(?:convict(?:ed|ion|ions)|charged|sentenc(?:ed|e)|pleaded guilty|found guilty|cautioned for|previous(?:ly)? (?:offended|convicted)|on licen[cs]e|released from (?:prison|custody)|served \d+|imprisonment)\b/i,
  },
  {
    label: 'an offence',
    pattern:
      /\b(?:offen(?:ce|ces|ding|ded|der)|crimes?|criminal record|sex(?:ual)? offen\w*|schedule 15|sexual offences act|register(?:ed)? sex)\b/i,
  },
  {
    label: 'what was done to someone',
    pattern:
      /\b(?:rap(?:e|ed|ing)|sexual(?:ly)? (?:assault\w*|abus\w*|touch\w*|activity)|indecent (?:images?|exposure|assault)|groom(?:ed|ing)|assault(?:ed|ing)?|attack(?:ed|ing)?|stabb(?:ed|ing)|murder\w*|manslaughter|kill(?:ed|ing)|arson|robbery|burglary|stalk(?:ed|ing)|harass(?:ed|ment)|GBH|ABH|grievous bodily harm|actual bodily harm|domestic (?:abuse|violence)|abus(?:ed|ing) (?:a|his|her|their)|exploit(?:ed|ing))\b/i,
  },
  { label: 'a victim', pattern: /\bvictims?\b/i },
];

export type SmuggledDetail = { field: string; label: string; matched: string };

/** Offence details found in the notification's free text, by field. */
export function smuggledOffenceDetails(text: string, field = 'text'): SmuggledDetail[] {
  const out: SmuggledDetail[] = [];
  for (const p of offencePatterns) {
    const m = p.pattern.exec(text);
    if (m) out.push({ field, label: p.label, matched: m[0] });
  }
  return out;
}

export type JobcentrePlusCheck =
  | { ok: true; notification: JobcentrePlusNotification; smuggled: [] }
  | { ok: false; problems: string[]; smuggled: SmuggledDetail[] };

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
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => i.message)),
    ...naming.map(
      (i) =>
        `Restriction ${i + 1} names a protected person. Jobcentre Plus is never told who the case protects: rewrite it without their name or address.`,
    ),
    ...smuggled.map(
      (s) =>
        `Restriction ${Number(s.field.split('.')[1]) + 1} mentions ${s.label} (“${s.matched}”). Jobcentre Plus is told only the kind of work and when the restriction ends: rewrite it without offence details.`,
    ),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, notification: parsed.data, smuggled: [] };
  return { ok: false, problems, smuggled };
}
