import type { Action } from '../actions/action.schema';
import type { WrittenUpdate } from '../actions/writtenUpdate.schema';
import type { AreaSettings } from '../area/areaSettings';
import type { Case } from '../cases/case.schema';
import type { Meeting, PanelSeries } from '../panels/series.schema';
import type { IdPort } from '../ports';
import { awaitsReview } from './actionReview';
import { carryAdjournments } from './adjournment';
import { MinutesSchema, type Minutes } from './minutes.schema';
import { proposeNextReview } from './nextReview';

export type PrepareInput = {
  meeting: Meeting;
  caseDoc: Case;
  series?: PanelSeries;
  /** The minutes of the previous meeting of the series, when there is one. */
  previous?: Minutes;
  /** The case's actions; those awaiting the panel's review are carried over (see `awaitsReview`). */
  actions: readonly Action[];
  writtenUpdates?: readonly WrittenUpdate[];
  settings: AreaSettings;
  now: Date;
  ids: IdPort;
};

/**
 * A new draft for a meeting. A review opens with the nominal's details, the current plan and every
 * action awaiting review carried over from earlier meetings, so nobody retypes them; anything the
 * previous meeting adjourned is on its agenda.
 */
export function prepareMeeting(input: PrepareInput): Minutes {
  const { meeting, caseDoc, series, previous, settings, ids } = input;
  const level = series?.level ?? caseDoc.level;
  const carried = input.actions
    .filter((a) => a.caseId === caseDoc.id && a.meetingId !== meeting.id && awaitsReview(a))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  const members = series ? [series.chair, ...series.members] : [];
  const seen = new Set<string>();
  const attendance = members
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .map((person) => ({ id: ids.newId('att'), person, attendance: 'present' as const }));
  const n = caseDoc.nominal;
  const nominal = previous
    ? { ...structuredClone(previous.nominal), childSexOffender: n.childSexOffender }
    : {
        name: n.name,
        dateOfBirth: n.dateOfBirth,
        aliases: [...n.aliases],
        identifiers: { ...n.identifiers },
        address: n.address ?? '',
        leadAgency: caseDoc.leadAgency,
        offenderManager: caseDoc.offenderManager,
        childSexOffender: n.childSexOffender,
      };
  const draft = {
    id: meeting.id,
    caseId: caseDoc.id,
    caseReference: caseDoc.reference,
    seriesId: meeting.seriesId,
    status: 'draft',
    versions: [],
    updatedAt: input.now.toISOString(),
    formName: settings.formName,
    areaName: settings.areaName,
    meetingDetails: {
      kind: meeting.kind,
      sequence: meeting.sequence,
      start: meeting.start,
      venue: meeting.joinUrl ? 'Microsoft Teams' : '',
      level,
      category: caseDoc.category,
      chair: series?.chair,
      coordinator: series?.coordinator,
      leadAgency: caseDoc.leadAgency,
    },
    statements: { confidentiality: settings.statements.confidentiality, equality: settings.statements.equality },
    attendance,
    nominal,
    // Whatever the last meeting adjourned is on this one's agenda, with why and what was awaited.
    purpose: { carriedItems: previous ? carryAdjournments(previous, settings.timeZone, ids) : [] },
    previousActions: carried.map((a) => ({
      id: ids.newId('rev'),
      actionId: a.id,
      text: a.text,
      pillar: a.pillar,
      owner: a.owner,
      dueDate: a.dueDate,
      statusBefore: a.status,
      note: '',
    })),
    agencyInformation: (input.writtenUpdates ?? [])
      .filter((w) => w.meetingId === meeting.id)
      .map((w) => ({
        id: ids.newId('inf'),
        agency: w.author.agency,
        from: w.author.name,
        source: 'written' as const,
        writtenUpdateId: w.id,
        text: w.text,
      })),
    plan: previous ? structuredClone(previous.plan) : {},
    riskAssessment: previous ? { ...structuredClone(previous.riskAssessment), dissent: '' } : {},
    nextReview: { proposedDate: proposeNextReview(meeting.start, level, settings) },
  };
  return MinutesSchema.parse(draft);
}
