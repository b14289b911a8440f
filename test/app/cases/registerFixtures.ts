import type { Meeting, PanelSeries } from '../../../src/core/panels/series.schema';
import { aCase, aPerson } from '../../builders';

/** The area both register index tests build on: two cases, one with a live series and a held panel. */
export const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
export const chair = aPerson({
  id: 'u_chair',
  name: 'Chris Chair',
  email: 'chris.chair@police.example.gov.uk',
  agency: 'police',
});

export const first = aCase({ id: 'case_a', reference: 'MP-2026-0101', level: 3 });
export const second = aCase({
  id: 'case_b',
  reference: 'MP-2026-0102',
  level: 2,
  disposal: { kind: 'custody', from: '2025-01-10', until: '2027-03-01', complex: false },
});
export const series: PanelSeries = {
  id: 'ser_a',
  caseId: first.id,
  caseReference: first.reference,
  level: 3,
  cadenceWeeks: 6,
  firstMeetingDate: '2026-06-01',
  startTime: '10:00',
  durationMinutes: 60,
  timeZone: 'Europe/London',
  chair,
  members: [],
  status: 'active',
  createdAt: '2026-05-01T09:00:00.000Z',
};
export const held: Meeting = {
  id: 'mtg_a',
  seriesId: series.id,
  caseId: first.id,
  caseReference: first.reference,
  kind: 'review',
  sequence: 1,
  // Half past midnight in London on 1 October.
  start: '2026-09-30T23:30:00.000Z',
  durationMinutes: 60,
  status: 'held',
};
