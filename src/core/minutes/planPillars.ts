/** The four pillars of the risk management plan, in the form's order, with their names on the form. */
export const planPillars = ['supervision', 'monitoringControl', 'interventionsTreatment', 'victimSafety'] as const;
export type PlanPillar = (typeof planPillars)[number];

const pillarNames: Record<PlanPillar, string> = {
  supervision: 'Supervision',
  monitoringControl: 'Monitoring & Control',
  interventionsTreatment: 'Interventions & Treatment',
  victimSafety: 'Victim Safety Planning',
};
export const pillarLabel = (p: PlanPillar): string => pillarNames[p];
