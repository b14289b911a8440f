import { composeWrittenUpdate, nextMeeting } from '../../../src/core/actions/writtenUpdate';
import type { Meeting } from '../../../src/core/panels/series.schema';
import { aPerson } from '../../builders';
import { english } from '../../../src/i18n/translator';

const now = new Date('2026-11-20T10:00:00.000Z');
const meeting = (over: Partial<Meeting>): Meeting => ({
  id: 'm',
  caseId: 'c1',
  caseReference: 'MP-2026-0001',
  kind: 'review',
  sequence: 2,
  start: '2026-12-01T10:00:00.000Z',
  durationMinutes: 60,
  status: 'scheduled',
  ...over,
});

describe('next meeting for a written update', () => {
  it('is the earliest scheduled meeting of the panel that has not ended', () => {
    const meetings = [
      meeting({ id: 'later', start: '2027-02-01T10:00:00.000Z' }),
      meeting({ id: 'past', start: '2026-11-01T10:00:00.000Z', status: 'held' }),
      meeting({ id: 'cancelled', start: '2026-11-25T10:00:00.000Z', status: 'cancelled' }),
      meeting({ id: 'other', caseId: 'c2', start: '2026-11-21T10:00:00.000Z' }),
      meeting({ id: 'next', start: '2026-12-01T10:00:00.000Z' }),
    ];
    expect(nextMeeting(meetings, 'c1', now)?.id).toBe('next');
  });

  it('includes a meeting under way, and none when nothing is scheduled', () => {
    expect(nextMeeting([meeting({ id: 'now', start: '2026-11-20T09:30:00.000Z' })], 'c1', now)?.id).toBe('now');
    expect(nextMeeting([meeting({ start: '2026-11-20T08:00:00.000Z' })], 'c1', now)).toBeUndefined();
  });
});

describe('composing a written update', () => {
  it('binds it to the meeting and case, with author and time', () => {
    const result = composeWrittenUpdate({
      id: 'wu_1',
      meeting: meeting({ id: 'next' }),
      author: aPerson(),
      text: '  No change  ',
      now,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'wu_1',
        meetingId: 'next',
        caseId: 'c1',
        caseReference: 'MP-2026-0001',
        author: aPerson(),
        text: 'No change',
        at: '2026-11-20T10:00:00.000Z',
      },
    });
  });

  it('refuses an empty update', () => {
    expect(composeWrittenUpdate({ id: 'wu_1', meeting: meeting({}), author: aPerson(), text: ' ', now })).toEqual({
      ok: false,
      error: { key: 'actions.written.empty' },
    });
    expect(english()('actions.written.empty')).toBe('Write the update');
  });
});
