import { GraphScheduling } from '../../../src/adapters/graph/graphScheduling';
import { ensureSite, GraphStore } from '../../../src/adapters/graph/graphStore';
import { actionKind } from '../../../src/core/actions/action.schema';
import { writtenUpdateKind } from '../../../src/core/actions/writtenUpdate.schema';
import { defaultAreaSettings } from '../../../src/core/area/areaSettings';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { meetingKind, seriesKind, type PanelSeries } from '../../../src/core/panels/series.schema';
import { projectMeetings } from '../../../src/core/scheduling/cadence';
import { seriesIdFor } from '../../../src/app/scheduling/scheduleSeries';
import { aPerson } from '../../builders';
import type { FakeGraphOptions } from './fakeGraph';
import { graphOverFake, SITE_ID } from './harness';

export const APP = {
  catalogAppId: '00000000-0000-4000-8000-0000000000aa',
  appBaseUrl: 'https://mappa.northshire.example.gov.uk',
  propertySetId: '00000000-0000-4000-8000-0000000000bb',
  graphBaseUrl: 'https://graph.microsoft.com',
};

export const storeKinds = [
  caseKind,
  seriesKind,
  meetingKind,
  actionKind,
  auditKind,
  writtenUpdateKind,
] as unknown as DocumentKind<Identified>[];

/** The area's MAPPA coordinator, who schedules every panel. */
export const coordinator = aPerson({
  id: 'u-coordinator',
  name: 'Cora Ordway',
  email: 'cora.ordway@probation.example.gov.uk',
  agency: 'probation',
  role: 'MAPPA coordinator',
});

/** Who acts in the scheduling tests: the area's coordinator, with numbered ids. */
export function asCoordinator() {
  let n = 0;
  return {
    me: coordinator,
    settings: { ...defaultAreaSettings(), coordinators: [coordinator] },
    ids: { newId: (prefix?: string) => `${prefix ?? 'id'}_${++n}` },
  };
}

/** A fake Graph with the site set up, and the store and scheduling adapters over it. */
export async function graphWorld(opts: FakeGraphOptions = {}, tokenOpts: Parameters<typeof graphOverFake>[1] = {}) {
  const g = graphOverFake(opts, tokenOpts);
  await ensureSite(g.transport, SITE_ID, storeKinds);
  const storage = new GraphStore(g.transport, SITE_ID);
  const scheduling = new GraphScheduling(g.transport, APP);
  const clock = { now: () => new Date('2026-01-05T09:00:00Z') };
  return { ...g, storage, scheduling, clock, ...asCoordinator() };
}

/** A Level 2 series whose fourth meeting falls on the summer bank holiday (2026-08-31). */
export function aSeries(over: Partial<PanelSeries> = {}): PanelSeries {
  const firstMeetingDate = over.firstMeetingDate ?? '2026-02-02';
  return {
    id: seriesIdFor('case_test', over.level ?? 2, firstMeetingDate),
    caseId: 'case_test',
    caseReference: 'MP-2026-0001',
    level: 2,
    cadenceWeeks: 10,
    firstMeetingDate,
    startTime: '10:00',
    durationMinutes: 120,
    timeZone: 'Europe/London',
    chair: aPerson({
      id: 'u-chair',
      name: 'Chris Chair',
      email: 'chris.chair@police.example.gov.uk',
      agency: 'police',
    }),
    members: [
      aPerson({ id: 'u-health', name: 'Hana Health', email: 'hana.health@nhs.example.nhs.uk', agency: 'health' }),
    ],
    status: 'scheduling',
    createdAt: '2026-01-05T09:00:00.000Z',
    ...over,
  };
}

export const summerHoliday = [{ date: '2026-08-31', name: 'Summer bank holiday' }];
export const meetingsOf = (s: PanelSeries) => projectMeetings(s.firstMeetingDate, s.cadenceWeeks, summerHoliday);
