/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';

import { demoPeople } from '../../../src/adapters/local/demoData';
import { MinutesSession, pickMeeting } from '../../../src/app/minutes/minutesSession';
import { MemoryDraftStore } from '../../../src/adapters/memory/memoryDraftStore';
import type { Services } from '../../../src/app/services';
import { minutesKind } from '../../../src/core/minutes/minutes.schema';
import { meetingKind } from '../../../src/core/panels/series.schema';
import type { RecordsPort } from '../../../src/core/records/records';
import { aCompleteDraft } from '../../core/minutes/fixtures';
import { english } from '../../../src/i18n/translator';
import { demoServices } from '../../support/demoServices';

// The Word exporter encodes with TextEncoder, which every browser has and jsdom does not.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

const CASE = 'case_demo_0101';

/** A session on a demo case whose draft is complete, ready to sign. */
async function readySession(records: RecordsPort) {
  // The case's chair, who signs.
  const services: Services = await demoServices({ records, me: demoPeople.sianPryce });
  const meetings = (await services.storage.collection(meetingKind).list({ caseId: CASE })).map((s) => s.doc);
  const meeting = pickMeeting(meetings, services.clock.now())!;
  const session = await MinutesSession.open(services, CASE, meeting.id, new MemoryDraftStore());
  if (!(session instanceof MinutesSession)) throw new Error(JSON.stringify(session.error));
  const current = session.autosave.getSnapshot().doc!;
  session.autosave.edit(() => ({
    ...aCompleteDraft(),
    id: current.id,
    caseId: current.caseId,
    caseReference: current.caseReference,
    seriesId: current.seriesId,
  }));
  await session.autosave.flush();
  return { services, session, meetingId: meeting.id };
}

describe('filing signed minutes in the area’s records', () => {
  it('files the Word copy of each signed version: on finalising, then on a correction', async () => {
    const filed: { meetingId: string; version: number; bytes: Uint8Array }[] = [];
    const records: RecordsPort = {
      archiveMinutes: async (meetingId, version, bytes) => {
        filed.push({ meetingId, version, bytes });
        return { meetingId, version, fileName: `MAPPA minutes ${meetingId} v${version}.docx` };
      },
    };
    const { services, session, meetingId } = await readySession(records);

    const signed = await session.finalise();
    expect(signed.ok).toBe(true);
    expect(filed.map((f) => [f.meetingId, f.version])).toEqual([[meetingId, 1]]);
    // A .docx is a zip: it starts with "PK".
    expect(String.fromCharCode(filed[0]!.bytes[0]!, filed[0]!.bytes[1]!)).toBe('PK');
    expect(session.archiveProblem).toBeUndefined();

    const final = (await services.storage.collection(minutesKind).get(meetingId))!.doc;
    const corrected = await session.correct(
      { ...final, executiveSummary: { text: 'Corrected summary.' } },
      'The summary misstated the review date.',
    );
    expect(corrected.ok).toBe(true);
    expect(filed.map((f) => f.version)).toEqual([1, 2]);
  });

  it('keeps the signed minutes and says so when filing fails', async () => {
    const records: RecordsPort = {
      archiveMinutes: async () => {
        throw new Error('Service unavailable');
      },
    };
    const { services, session, meetingId } = await readySession(records);
    const signed = await session.finalise();
    expect(signed.ok).toBe(true);
    expect((await services.storage.collection(minutesKind).get(meetingId))?.doc.status).toBe('final');
    expect(english()(session.archiveProblem!)).toMatch(/could not be filed/);
  });
});
