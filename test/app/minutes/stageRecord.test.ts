import { StageRecordWriter, withStageRecord } from '../../../src/app/minutes/stageRecord';
import { nextPollMs, STAGE_POLL } from '../../../src/app/minutes/useStageProjection';
import { minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { stageRecordKind } from '../../../src/core/minutes/stageProjection.schema';
import type { ChangeSignalPort } from '../../../src/core/ports';
import { MARKER, markedMinutes } from '../../core/minutes/restricted';
import { demoServices } from '../../support/demoServices';

function recordingSignal(): ChangeSignalPort & { announced: string[] } {
  const announced: string[] = [];
  return {
    announced,
    announce: (topic) => void announced.push(topic),
    subscribe: () => ({ live: Promise.resolve(true), close: () => undefined }),
  };
}

/** Waits until the background write of the stage record has settled. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the stage record written with each save of the minutes', () => {
  it('holds the projection and none of the restricted content', async () => {
    const meetingSignal = recordingSignal();
    const services = await demoServices({ meetingSignal });
    const doc = markedMinutes();
    expect(JSON.stringify(doc)).toContain(MARKER);
    const minutes = withStageRecord(services, services.storage.collection(minutesKind));
    await minutes.create(doc);
    await settle();
    const record = await services.storage.collection(stageRecordKind).get(doc.id);
    expect(record?.doc.projection.caseReference).toBe(doc.caseReference);
    expect(record?.doc.caseId).toBe(doc.caseId);
    expect(JSON.stringify(record)).not.toContain(MARKER);
    expect(meetingSignal.announced).toEqual([doc.id]);
  });

  it('follows each saved change, and is not written again when the projection is unchanged', async () => {
    const meetingSignal = recordingSignal();
    const services = await demoServices({ meetingSignal });
    const minutes = withStageRecord(services, services.storage.collection(minutesKind));
    const first = await minutes.create({ ...markedMinutes(), currentStep: 'victimIssues' });
    await settle();
    const moved: Minutes = { ...first.doc, currentStep: 'plan', updatedAt: '2026-11-18T14:31:00.000Z' };
    const second = await minutes.update(moved, first.version);
    await settle();
    const record = await services.storage.collection(stageRecordKind).get(first.doc.id);
    expect(record?.doc.projection.step.id).toBe('plan');
    // A later save that changes nothing the stage shows writes nothing.
    const hidden: Minutes = { ...second.doc, updatedAt: '2026-11-18T14:32:00.000Z' };
    await minutes.update(hidden, second.version);
    await settle();
    const again = await services.storage.collection(stageRecordKind).get(first.doc.id);
    expect(again?.version).toBe(record?.version);
    expect(meetingSignal.announced).toHaveLength(2);
  });

  it('writes over a record another frame wrote meanwhile', async () => {
    const services = await demoServices();
    const doc = markedMinutes();
    const elsewhere = new StageRecordWriter(services);
    const here = new StageRecordWriter(services);
    await here.write({ ...doc, currentStep: 'victimIssues' });
    await elsewhere.write({ ...doc, currentStep: 'riskAssessment', updatedAt: '2026-11-18T14:31:00.000Z' });
    await here.write({ ...doc, currentStep: 'plan', updatedAt: '2026-11-18T14:32:00.000Z' });
    const record = await services.storage.collection(stageRecordKind).get(doc.id);
    expect(record?.doc.projection.step.id).toBe('plan');
  });
});

describe('stage polling', () => {
  it('backs off while nothing changes and speeds up after a change', () => {
    let wait: number = STAGE_POLL.firstMs;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) waits.push((wait = nextPollMs(wait, false, false)));
    expect(waits).toEqual([4000, 8000, 16000, 30000, 30000, 30000]);
    expect(nextPollMs(wait, true, false)).toBe(STAGE_POLL.firstMs);
  });

  it('only checks now and then while a live signal brings the changes', () => {
    expect(nextPollMs(STAGE_POLL.firstMs, false, true)).toBe(STAGE_POLL.liveMs);
    expect(nextPollMs(STAGE_POLL.firstMs, true, true)).toBe(STAGE_POLL.liveMs);
  });
});
