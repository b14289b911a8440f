import { DisclosureDecisionSchema } from '../../../src/core/disclosure/disclosureDecision.schema';
import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { english } from '../../../src/i18n/translator';
import { disclosureContextOf } from '../../../src/core/minutes/disclosureContext';
import { finalise } from '../../../src/core/minutes/signOff';
import { stampAcknowledgements } from '../../../src/core/minutes/attendance';
import { aCase } from '../../builders';
import { aCompleteDraft, aDraft, aMeeting, aSeries, chair, NOW, officer, sequentialIds, settings } from './fixtures';
import { prepareMeeting } from '../../../src/core/minutes/prepareMeeting';

const messages = (m: Parameters<typeof checkCompleteness>[0]) =>
  checkCompleteness(m).map((x) => (typeof x.message === 'string' ? x.message : english()(x.message)));

describe('acknowledgements in the attendance', () => {
  it('copies who acknowledged and when into the attendance, and changes nothing when already there', () => {
    const m = aDraft();
    const stamped = stampAcknowledgements(m, [{ person: officer, at: '2026-11-20T09:58:00.000Z' }]);
    expect(stamped.attendance.find((a) => a.person.id === officer.id)?.acknowledgedAt).toBe('2026-11-20T09:58:00.000Z');
    expect(stamped.attendance.find((a) => a.person.id === chair.id)?.acknowledgedAt).toBeUndefined();
    expect(stampAcknowledgements(stamped, [{ person: officer, at: '2026-11-20T09:58:00.000Z' }])).toBe(stamped);
  });

  it('blocks finalising until every present attendee has acknowledged or has a recorded reason', () => {
    const m = aCompleteDraft();
    const unacked = {
      ...m,
      attendance: m.attendance.map((a) => (a.person.id === officer.id ? { ...a, acknowledgedAt: undefined } : a)),
    };
    expect(messages(unacked)).toEqual([expect.stringContaining(`Still needed: ${officer.name}.`)]);
    expect(finalise(unacked, chair, NOW).ok).toBe(false);
    const emptyReason = {
      ...unacked,
      attendance: unacked.attendance.map((a) =>
        a.person.id === officer.id
          ? { ...a, acknowledgementWaiver: { reason: ' ', recordedBy: chair, at: NOW.toISOString() } }
          : a,
      ),
    };
    expect(messages(emptyReason)).toHaveLength(1);
    const waived = {
      ...unacked,
      attendance: unacked.attendance.map((a) =>
        a.person.id === officer.id
          ? { ...a, acknowledgementWaiver: { reason: 'Joined by telephone', recordedBy: chair, at: NOW.toISOString() } }
          : a,
      ),
    };
    expect(messages(waived)).toEqual([]);
    // Apologies need no acknowledgement.
    const absent = {
      ...unacked,
      attendance: unacked.attendance.map((a) =>
        a.person.id === officer.id ? { ...a, attendance: 'apologies' as const } : a,
      ),
    };
    expect(messages(absent)).toEqual([]);
  });
});

describe('agency information and the minimum-necessary check', () => {
  it('lists an entry whose check is unanswered, and accepts it once answered', () => {
    const m = aCompleteDraft();
    const entry = {
      id: 'inf1',
      agency: 'health' as const,
      from: 'Dr Ada Example',
      source: 'verbal' as const,
      text: 'Engaging',
    };
    expect(messages({ ...m, agencyInformation: [entry] })).toEqual([
      'The information from Dr Ada Example (verbal) has not passed the minimum-necessary check.',
    ]);
    const answers = {
      neededForRisk: 'yes' as const,
      howItBearsOnRisk: 'Engagement is protective',
      leastThatServes: 'yes' as const,
      consent: 'obtained' as const,
      reasonWithoutConsent: '',
      onwardUse: 'Not beyond the panel',
      aboutVictim: false,
      beyondMinimumJustification: '',
    };
    expect(messages({ ...m, agencyInformation: [{ ...entry, minimumNecessary: answers }] })).toEqual([]);
    // Health text beyond the minimum needs the detail removed or justified.
    const oversharing = { ...entry, text: 'Prescribed 20mg olanzapine', minimumNecessary: answers };
    expect(messages({ ...m, agencyInformation: [oversharing] })).toHaveLength(1);
  });
});

describe('disclosure in the completeness check', () => {
  it('needs a decision, with reasons for “not needed” and every item for “disclose”, reported to the coordinator', () => {
    const m = aCompleteDraft();
    const withDecisions = (decisions: unknown[]) => ({
      ...m,
      disclosure: { ...m.disclosure, decisions: decisions.map((d) => DisclosureDecisionSchema.parse(d)) },
    });
    expect(messages(withDecisions([]))[0]).toMatch(/^No disclosure decision is recorded/);
    expect(messages(withDecisions([{ id: 'd1', outcome: 'notNeeded', reasons: '' }]))).toEqual([
      'Disclosure decision 1 is incomplete: Give the reasons for the decision.',
    ]);
    expect(messages(withDecisions([{ id: 'd1', outcome: 'disclose', reasons: 'Protect the new partner' }]))[0]).toMatch(
      /^Disclosure decision 1 is incomplete: Say whom the disclosure protects/,
    );
  });

  it('judges age on the meeting day and takes the child-sex-offender flag from the case', () => {
    const m = prepareMeeting({
      meeting: aMeeting(),
      caseDoc: aCase({ nominal: { ...aCase().nominal, dateOfBirth: '2009-01-01', childSexOffender: true } }),
      series: aSeries(),
      actions: [],
      settings,
      now: NOW,
      ids: sequentialIds(),
    });
    const context = disclosureContextOf(m, 'Europe/London');
    expect(context).toEqual({
      nominal: { dateOfBirth: '2009-01-01', childSexOffender: true },
      meetingDate: '2026-11-20',
      attendeesPresent: [chair, officer],
    });
  });
});
