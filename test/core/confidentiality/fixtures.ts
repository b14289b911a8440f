import {
  DisclosureDecisionSchema,
  type DisclosureDecision,
  type DisclosureDecisionInput,
} from '../../../src/core/disclosure/disclosureDecision.schema';

/** A complete, fictional decision to disclose: every checklist item answered. */
export const completeDisclosure = (over: Partial<DisclosureDecisionInput> = {}): DisclosureDecision =>
  DisclosureDecisionSchema.parse({
    id: 'dis_1',
    outcome: 'disclose',
    reasons: 'New partner has two children under 10',
    purpose: 'children',
    lawfulBasis: 'cjaS327A',
    necessity: 'Risk of serious sexual harm to the partner’s children; disclosure lets her protect them',
    proportionality: 'Only the conviction and the risk to children, to the partner alone',
    accuracy: {
      factsChecked: true,
      offenderIdentified: true,
      recipientIdentified: true,
      howVerified: 'PNC and home visit',
    },
    alternatives: [{ alternative: 'Offender tells her himself', whyRejected: 'He has refused' }],
    riskToOffender: 'Low risk of vigilantism; does not outweigh risk to the children',
    representations: { sought: 'yes', summary: 'He objects; says the relationship is over' },
    offenderTold: { told: 'yes' },
    information: 'Convicted in 2019 of a sexual offence against a child; poses a risk to children',
    discloser: { name: 'Olly Manager', role: 'Offender manager', agency: 'probation' },
    recipient: { name: 'Pat Partner', role: 'New partner' },
    when: '2026-11-24',
    method: 'inPerson',
    recipientContact: { name: 'PC Dana Public', telephone: '01632 960123' },
    health: { includesHealthInformation: 'no' },
    ...over,
  });
