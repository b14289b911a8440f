import { DisclosureDecisionSchema } from '../../../src/core/disclosure/disclosureDecision.schema';
import { defaultAreaSettings } from '../../../src/core/area/areaSettings';
import type { Meeting, PanelSeries } from '../../../src/core/panels/series.schema';
import type { Person } from '../../../src/core/people/agency';
import type { IdPort } from '../../../src/core/ports';
import {
  InformationRequestSchema,
  type InformationRequest,
  type Minutes,
} from '../../../src/core/minutes/minutes.schema';
import { prepareMeeting } from '../../../src/core/minutes/prepareMeeting';
import { aCase, anAction, aPerson } from '../../builders';

/** Fixed clock and ids: every run produces the same documents. */
export const NOW = new Date('2026-11-20T10:00:00.000Z');
export const sequentialIds = (): IdPort => {
  let n = 0;
  return { newId: (prefix = 'id') => `${prefix}_${++n}` };
};

export const chair: Person = aPerson({
  id: 'u_chair',
  name: 'Priya Chairwoman',
  email: 'priya.chair@probation.example.gov.uk',
  agency: 'probation',
  role: 'Senior Probation Officer',
});
export const officer: Person = aPerson({
  id: 'u_police',
  name: 'Sam Constable',
  email: 'sam.constable@police.example.gov.uk',
  agency: 'police',
});

export const aSeries = (over: Partial<PanelSeries> = {}): PanelSeries => ({
  id: 'ser_1',
  caseId: 'case_test',
  caseReference: 'MP-2026-0001',
  level: 2,
  cadenceWeeks: 10,
  firstMeetingDate: '2026-09-10',
  startTime: '10:00',
  durationMinutes: 60,
  timeZone: 'Europe/London',
  chair,
  members: [officer],
  status: 'active',
  createdAt: '2026-09-01T09:00:00.000Z',
  ...over,
});

export const aMeeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 'mtg_2',
  seriesId: 'ser_1',
  caseId: 'case_test',
  caseReference: 'MP-2026-0001',
  kind: 'review',
  sequence: 2,
  start: '2026-11-20T10:00:00.000Z',
  durationMinutes: 60,
  status: 'scheduled',
  ...over,
});

export const settings = defaultAreaSettings();

export function aDraft(over: Partial<Minutes> = {}): Minutes {
  const m = prepareMeeting({
    meeting: aMeeting(),
    caseDoc: aCase(),
    series: aSeries(),
    actions: [anAction({ id: 'act_old', meetingId: 'mtg_1', pillar: 'supervision' })],
    settings,
    now: NOW,
    ids: sequentialIds(),
  });
  return { ...m, ...over };
}

/** A draft with every section filled in, ready to finalise. */
export function aCompleteDraft(): Minutes {
  const m = aDraft();
  return {
    ...m,
    meetingDetails: { ...m.meetingDetails, minuteTaker: officer },
    attendance: m.attendance.map((a) => ({ ...a, acknowledgedAt: NOW.toISOString() })),
    statements: { ...m.statements, confidentialityReadAt: NOW.toISOString(), equalityReadAt: NOW.toISOString() },
    purpose: {
      reason: 'Scheduled review of the plan',
      changesSinceLast: 'Moved to new accommodation',
      carriedItems: [],
    },
    previousActions: m.previousActions.map((p) => ({ ...p, outcome: 'done' as const })),
    riskAssessment: {
      ...m.riskAssessment,
      community: { public: 'high', children: 'medium' },
      whoIsAtRisk: 'Former partner',
      nature: 'Physical violence when intoxicated',
    },
    disclosure: {
      considered: true,
      decisions: [
        DisclosureDecisionSchema.parse({
          id: 'dis_1',
          outcome: 'notNeeded',
          reasons: 'No third party is at a risk that disclosure would reduce',
        }),
      ],
      notes: '',
    },
    plan: {
      supervision: { text: 'Weekly office visits', noneNeededReason: '' },
      monitoringControl: { text: 'Licence conditions', noneNeededReason: 'Existing licence conditions suffice' },
      interventionsTreatment: { text: '', noneNeededReason: 'Programme completed in custody' },
      victimSafety: { text: 'Exclusion zone', noneNeededReason: '' },
      contingency: { text: 'Recall if he enters the exclusion zone' },
    },
    actions: [
      {
        id: 'a1',
        pillar: 'supervision',
        text: 'Home visit',
        owner: officer,
        dueDate: '2026-12-01',
        carriedOver: false,
        status: 'open',
      },
      {
        id: 'a2',
        pillar: 'victimSafety',
        text: 'Review exclusion zone',
        owner: chair,
        dueDate: '2026-12-05',
        carriedOver: false,
        status: 'open',
      },
    ],
    decisions: {
      level: 2,
      levelRationale: 'Needs active coordination of housing and police',
      category: 2,
      categoryRationale: 'Schedule 15 offence with 12 months or more',
      agencyViews: [],
      exitMappa: false,
    },
    offenderInvolvement: { informed: 'yes', reasonNotInformed: '', representations: '' },
    nextReview: { ...m.nextReview, date: m.nextReview.proposedDate },
    executiveSummary: { text: 'The panel reviewed the plan and kept Level 2 management.' },
  };
}

const passedCheck = {
  neededForRisk: 'yes' as const,
  howItBearsOnRisk: 'The tribunal date sets when leave may start',
  leastThatServes: 'yes' as const,
  consent: 'obtained' as const,
  onwardUse: 'Not beyond the panel',
};

/** A request for another agency's document, shared in part after a passed minimum-necessary check. */
export const aRequest = (over: Partial<InformationRequest> = {}): InformationRequest =>
  InformationRequestSchema.parse({
    id: 'req_1',
    requestingAgency: 'police',
    requestedBy: 'DS Lee Example',
    holdingAgency: 'health',
    requested: 'The responsible clinician’s tribunal report',
    purpose: 'To plan police support for unescorted leave',
    decision: 'sharedInPart',
    reason: 'Only the risk summary bears on the leave plan',
    shared: 'The risk summary and the relapse indicators agreed with the clinical team',
    minimumNecessary: passedCheck,
    ...over,
  });
