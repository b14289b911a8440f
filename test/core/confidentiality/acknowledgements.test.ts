import { acknowledgementKind } from '../../../src/core/confidentiality/acknowledgement.schema';
import {
  acknowledgementAuditEvent,
  acknowledgementId,
  buildAcknowledgement,
  finaliseGate,
  unacknowledgedAttendees,
} from '../../../src/core/confidentiality/acknowledgements';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { decodeDocument, encodeDocument } from '../../../src/core/storage/defineDocument';
import { aPerson } from '../../builders';

const chair = aPerson({ id: 'u_chair', name: 'Cara Chair', agency: 'police' });
const health = aPerson({ id: 'u_health', name: 'Hal Health', agency: 'health', email: 'hal@trust.example.nhs.uk' });
const housing = aPerson({ id: 'u_housing', name: 'Hana Housing', agency: 'housing' });
const at = new Date('2026-11-20T10:00:00.000Z');
const ack = (p = chair) =>
  buildAcknowledgement({ meetingId: 'mtg_1', caseId: 'case_1', person: p, at, statement: 'S' });

describe('acknowledgements', () => {
  it('have one id per person per meeting and are valid documents', () => {
    const a = ack();
    expect(a.id).toBe(acknowledgementId('mtg_1', 'u_chair'));
    expect(a.id).toBe('mtg_1:u_chair');
    expect(() => encodeDocument(acknowledgementKind, a)).not.toThrow();
  });

  it('record the language of the statement acknowledged; one stored before Welsh existed was the English one', () => {
    expect(ack().language).toBe('en-GB');
    const welsh = buildAcknowledgement({
      meetingId: 'mtg_1',
      caseId: 'case_1',
      person: chair,
      at,
      statement: 'D',
      language: 'cy-GB',
    });
    expect(decodeDocument(acknowledgementKind, encodeDocument(acknowledgementKind, welsh)).language).toBe('cy-GB');
    const { language: _dropped, ...v1 } = ack();
    expect(decodeDocument(acknowledgementKind, { ...v1, schemaVersion: 1 })).toEqual(ack());
  });

  it('audit who and when without the statement', () => {
    const e = acknowledgementAuditEvent({ id: 'aud_1', at, person: chair, caseId: 'case_1', meetingId: 'mtg_1' });
    expect(() => encodeDocument(auditKind, e)).not.toThrow();
    expect(e).toMatchObject({ verb: 'acknowledge', actor: { id: 'u_chair' }, subject: { id: 'mtg_1:u_chair' } });
    expect(JSON.stringify(e)).not.toContain('"S"');
  });

  it('list the present attendees who have not acknowledged', () => {
    expect(unacknowledgedAttendees([chair, health, housing], [ack(chair), ack(housing)])).toEqual([health]);
    expect(unacknowledgedAttendees([chair], [])).toEqual([chair]);
  });
});

describe('finalising', () => {
  const waiver = (personId: string, reason: string) => ({
    personId,
    reason,
    recordedBy: { id: 'u_chair', name: 'Cara Chair' },
    at: at.toISOString(),
  });

  it('is allowed when every present attendee acknowledged', () => {
    expect(finaliseGate([chair, health], [ack(chair), ack(health)], [])).toEqual({ ok: true });
  });

  it('is refused while anyone has neither acknowledged nor a recorded reason, naming them', () => {
    const r = finaliseGate([chair, health, housing], [ack(chair)], [waiver('u_housing', 'Joined by telephone only')]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.missing).toEqual([health]);
      expect(r.message).toContain('Hal Health');
    }
  });

  it('accepts a recorded reason but not an empty one', () => {
    expect(finaliseGate([health], [], [waiver('u_health', 'Joined by telephone; statement read aloud')]).ok).toBe(true);
    expect(finaliseGate([health], [], [waiver('u_health', '   ')]).ok).toBe(false);
  });
});
