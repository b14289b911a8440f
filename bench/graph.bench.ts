/**
 * Microsoft Graph cost of the everyday operations, counted over the in-process fake Graph: HTTP
 * round trips (what the user waits for) and Graph operations (what counts against throttling;
 * each member of a `$batch` is one). Targets: opening a panel in at most 2 round trips, creating a
 * series with lock-down and tab in at most 5.
 */
import { z } from 'zod';

import { ensureSite, GraphStore } from '../src/adapters/graph/graphStore';
import { GraphRecords } from '../src/adapters/graph/graphRecords';
import { GraphScheduling } from '../src/adapters/graph/graphScheduling';
import { createGraphClient, GraphTransport } from '../src/adapters/graph/transport';
import { scheduleSeries, seriesIdFor } from '../src/app/scheduling/scheduleSeries';
import { actionKind } from '../src/core/actions/action.schema';
import { auditKind, type AuditEvent } from '../src/core/audit/audit.schema';
import { caseKind } from '../src/core/cases/case.schema';
import { defineDocument, type DocumentKind, type Identified } from '../src/core/storage/defineDocument';
import { meetingKind, seriesKind } from '../src/core/panels/series.schema';
import type { Stored } from '../src/core/ports';
import { projectMeetings } from '../src/core/scheduling/cadence';
import { aCase, anAction, aPerson } from '../test/builders';
import { FakeGraph } from '../test/fakes/graph/fakeGraph';
import { fakeTokenPort } from '../test/fakes/graph/fakeTokens';
import { SITE_ID as SITE } from '../test/fakes/graph/harness';
import { APP, aSeries, asCoordinator } from '../test/fakes/graph/scenario';
import type { Bench, BenchRow } from './types';

// Round trips do not depend on the minutes schema, so a small stand-in under the same list keeps this stable.
type MinutesLike = { id: string; caseId: string; seriesId?: string; sections: Record<string, string> };
const minutesLike = defineDocument<MinutesLike>({
  name: 'minutes',
  version: 1,
  schema: z.object({
    id: z.string(),
    caseId: z.string(),
    seriesId: z.string().optional(),
    sections: z.record(z.string(), z.string()),
  }),
  migrations: {},
  indexes: { caseId: (m) => m.caseId, seriesId: (m) => m.seriesId },
});

async function world() {
  const fake = new FakeGraph();
  const transport = new GraphTransport(
    createGraphClient({ baseUrl: 'https://graph.microsoft.com/', fetch: fake.fetch }),
    { sleep: async () => undefined, tokens: fakeTokenPort().port },
  );
  const kinds = [
    caseKind,
    seriesKind,
    meetingKind,
    actionKind,
    auditKind,
    minutesLike,
  ] as unknown as DocumentKind<Identified>[];
  await ensureSite(transport, SITE, kinds);
  return {
    fake,
    storage: new GraphStore(transport, SITE),
    scheduling: new GraphScheduling(transport, APP),
    records: new GraphRecords(transport, SITE, { now: () => new Date('2026-11-20T10:00:00Z') }),
  };
}

async function measure(fake: FakeGraph, work: () => Promise<unknown>) {
  const [rt, ops] = [fake.roundTrips, fake.operations];
  await work();
  return { roundTrips: fake.roundTrips - rt, operations: fake.operations - ops };
}

const audit = (id: string, subject: string): AuditEvent => ({
  id,
  at: '2026-11-20T10:00:00.000Z',
  actor: { id: 'u-chair', name: 'Chris Chair' },
  verb: 'edit',
  subject: { kind: 'minutes', id: subject },
  caseId: 'case_test',
  detail: {},
});

const graphBench: Bench = async () => {
  const w = await world();
  const c = aCase();
  const series = aSeries({ id: seriesIdFor(c.id, 2, '2026-02-02'), caseId: c.id, members: [aPerson()] });
  await w.storage.collection(caseKind).create(c);
  const meetings = projectMeetings(series.firstMeetingDate, 10, [{ date: '2026-08-31', name: 'Summer bank holiday' }]);
  const create = await measure(w.fake, () =>
    scheduleSeries(
      {
        storage: w.storage,
        scheduling: w.scheduling,
        clock: { now: () => new Date('2026-01-05T09:00:00Z') },
        ...asCoordinator(),
      },
      series,
      meetings,
      [],
    ),
  );
  await w.storage.collection(minutesLike).create({ id: 'min_1', caseId: c.id, seriesId: series.id, sections: {} });
  for (let i = 0; i < 20; i++) {
    await w.storage.collection(actionKind).create(anAction({ id: `act_${i}`, caseId: c.id }));
  }

  let minutes: Stored<MinutesLike> | undefined;
  const open = await measure(w.fake, async () => {
    const [, , m] = await Promise.all([
      w.storage.collection(caseKind).get(c.id),
      w.storage.collection(seriesKind).get(series.id),
      w.storage.collection(minutesLike).get('min_1'),
      w.storage.collection(actionKind).list({ caseId: c.id }),
      w.storage.collection(meetingKind).list({ seriesId: series.id }),
    ]);
    minutes = m;
  });
  const save = await measure(w.fake, () =>
    Promise.all([
      w.storage
        .collection(minutesLike)
        .update({ ...minutes!.doc, sections: { risk: 'Risk of serious harm reviewed.' } }, minutes!.version),
      w.storage.collection(auditKind).create(audit('aud_1', 'min_1')),
    ]),
  );
  const action = (await w.storage.collection(actionKind).get('act_0'))!;
  const update = await measure(w.fake, () =>
    Promise.all([
      w.storage.collection(actionKind).update({ ...action.doc, status: 'inProgress' }, action.version),
      w.storage.collection(auditKind).create(audit('aud_2', 'act_0')),
    ]),
  );

  // A rendered minutes document is typically tens of kilobytes; the size does not change the count.
  const file = await measure(w.fake, () => w.records.archiveMinutes('min_1', 1, new Uint8Array(40_000)));

  const rows = (figure: string, m: { roundTrips: number; operations: number }, target?: number): BenchRow[] => [
    {
      group: 'Graph',
      figure: `${figure}: HTTP round trips`,
      value: m.roundTrips,
      unit: 'count',
      ...(target ? { target: `≤ ${target}` } : {}),
    },
    { group: 'Graph', figure: `${figure}: Graph operations`, value: m.operations, unit: 'count' },
  ];
  return [
    ...rows('open a panel’s minutes', open, 2),
    ...rows('save a minutes section (with audit)', save),
    ...rows('update an action (with audit)', update),
    ...rows('create a series with lock-down and tab', create, 5),
    ...rows('file a finalised version in the minutes library', file),
  ];
};

export default graphBench;
