import type { AreaSettings } from '../area/areaSettings';

/**
 * The MAPPA B sections in meeting order. `restricted` sections hold victim, child or third-party
 * details and never reach the stage, an executive summary or a disclosure record; `mixed` sections
 * hold some restricted fields, listed in `restrictedFields`.
 */
export type Sensitivity = 'official' | 'mixed' | 'restricted';

export type SectionDef = {
  readonly id: SectionId;
  readonly label: string;
  readonly sensitivity: Sensitivity;
  readonly order: number;
};

const defs = [
  ['meetingDetails', 'Meeting details', 'official'],
  ['statements', 'Statements read by the chair', 'official'],
  ['attendance', 'Attendance', 'official'],
  ['nominal', 'Nominal details', 'mixed'],
  ['purpose', 'Purpose of the meeting', 'official'],
  ['previousActions', 'Review of previous actions', 'official'],
  ['agencyInformation', 'Agency information sharing', 'restricted'],
  ['informationRequests', 'Information-sharing requests', 'restricted'],
  ['riskAssessment', 'Risk assessment', 'mixed'],
  ['safeguarding', 'Safeguarding: children and vulnerable adults', 'restricted'],
  ['victimIssues', 'Victim issues', 'restricted'],
  ['equality', 'Equality considerations', 'official'],
  ['disclosure', 'Disclosure', 'restricted'],
  ['plan', 'Risk Management Plan', 'mixed'],
  ['actions', 'Action log', 'mixed'],
  ['decisions', 'Decision on level and category', 'official'],
  ['offenderInvolvement', 'Offender involvement', 'official'],
  ['media', 'Media and community', 'official'],
  ['nextReview', 'Next review', 'official'],
  ['executiveSummary', 'Executive summary', 'official'],
  ['distribution', 'Distribution', 'official'],
  ['signOff', 'Sign-off', 'official'],
] as const;

export type SectionId = (typeof defs)[number][0];

export const sectionIds: readonly SectionId[] = defs.map((d) => d[0]);

export const sections: readonly SectionDef[] = defs.map(([id, label, sensitivity], order) => ({
  id,
  label,
  sensitivity,
  order,
}));

/**
 * Field paths (dot-separated, `*` for every array item) that are restricted inside mixed sections,
 * plus every path of the restricted sections. Projections are built from allow-lists; this list is
 * what the tests fill with a marker to prove none of it leaks.
 */
export const restrictedFields: readonly string[] = [
  'nominal.address',
  'nominal.aliases',
  'riskAssessment.whoIsAtRisk',
  'riskAssessment.whenGreatest',
  'agencyInformation.*.text',
  'informationRequests.*.requested',
  'informationRequests.*.purpose',
  'informationRequests.*.reason',
  'informationRequests.*.shared',
  'safeguarding.children',
  'safeguarding.vulnerableAdults',
  'victimIssues.text',
  'disclosure.notes',
  'disclosure.decisions.*.reasons',
  'plan.victimSafety.text',
  'plan.victimSafety.noneNeededReason',
  'actions[pillar=victimSafety].text',
  'previousActions[pillar=victimSafety].text',
  'previousActions[pillar=victimSafety].note',
];

export const sectionById = (id: SectionId): SectionDef => {
  const def = sections.find((s) => s.id === id);
  if (!def) throw new Error(`Unknown minutes section ${id}`);
  return def;
};

/** The section's label as this area names it. */
export const sectionLabel = (id: SectionId, settings: Pick<AreaSettings, 'sectionLabels'>): string =>
  settings.sectionLabels[id] ?? sectionById(id).label;

export const isSectionId = (s: string): s is SectionId => (sectionIds as readonly string[]).includes(s);
