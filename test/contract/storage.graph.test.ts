import { actionKind } from '../../src/core/actions/action.schema';
import { auditKind } from '../../src/core/audit/audit.schema';
import { caseKind } from '../../src/core/cases/case.schema';
import { minutesKind } from '../../src/core/minutes/minutes.schema';
import { meetingKind, seriesKind } from '../../src/core/panels/series.schema';
import type { DocumentKind, Identified } from '../../src/core/storage/defineDocument';
import { ensureSite, GraphStore } from '../../src/adapters/graph/graphStore';
import { graphOverFake, SITE_ID } from '../fakes/graph/harness';
import { describeActionUpdateContract } from './actionUpdates.contract';
import { describeStoragePortContract, taggedKind } from './storagePort.contract';

const kinds = [
  caseKind,
  seriesKind,
  meetingKind,
  actionKind,
  auditKind,
  taggedKind,
  minutesKind,
] as unknown as DocumentKind<Identified>[];

describeStoragePortContract('SharePoint lists over a fake Graph', async () => {
  const { transport } = graphOverFake();
  await ensureSite(transport, SITE_ID, kinds);
  return new GraphStore(transport, SITE_ID);
});

describeStoragePortContract('SharePoint lists over a fake Graph that throttles and loses answers', async () => {
  const { fake, transport } = graphOverFake({ seed: 7 });
  await ensureSite(transport, SITE_ID, kinds);
  fake.randomFaultRate = 0.25;
  return new GraphStore(transport, SITE_ID);
});

describeActionUpdateContract(
  'SharePoint lists over a fake Graph',
  async () => {
    const { transport } = graphOverFake();
    await ensureSite(transport, SITE_ID, kinds);
    return new GraphStore(transport, SITE_ID);
  },
  { runs: 25 },
);

describeActionUpdateContract(
  'SharePoint lists over a fake Graph that throttles and loses answers',
  async () => {
    const { fake, transport } = graphOverFake({ seed: 23 });
    await ensureSite(transport, SITE_ID, kinds);
    fake.randomFaultRate = 0.2;
    return new GraphStore(transport, SITE_ID);
  },
  { runs: 25 },
);
