import { adjournmentProblems } from '../../../src/core/minutes/adjournment';
import { checkCompleteness } from '../../../src/core/minutes/completeness';
import { AdjournmentSchema, type Adjournment, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { prepareMeeting } from '../../../src/core/minutes/prepareMeeting';
import { english } from '../../../src/i18n/translator';
import { aCase } from '../../builders';
import { aCompleteDraft, aMeeting, aSeries, NOW, sequentialIds, settings } from './fixtures';

const anAdjournment = (over: Partial<Adjournment> = {}): Adjournment =>
  AdjournmentSchema.parse({
    id: 'adj_1',
    scope: 'discussion',
    item: 'Approved premises move-on plan',
    reason: 'The hospital has not yet decided on unescorted leave',
    awaiting: 'The responsible clinician’s decision on further leave',
    ...over,
  });

const nextMeetingAfter = (previous: Minutes) =>
  prepareMeeting({
    meeting: aMeeting({ id: 'mtg_3', sequence: 3, start: '2027-01-29T10:00:00.000Z' }),
    caseDoc: aCase(),
    series: aSeries(),
    previous,
    actions: [],
    settings,
    now: NOW,
    ids: sequentialIds(),
  });

describe('adjournment', () => {
  it('a discussion needs what was adjourned, why and what is awaited; a whole meeting needs no item', () => {
    expect(adjournmentProblems(anAdjournment())).toEqual([]);
    expect(
      adjournmentProblems(anAdjournment({ item: ' ', reason: '', awaiting: '' })).map((x) => english()(x)),
    ).toEqual([
      'Say which discussion is adjourned.',
      'Give the reason for adjourning.',
      'Say what is awaited (for example further leave or a report).',
    ]);
    expect(adjournmentProblems(anAdjournment({ scope: 'meeting', item: '' }))).toEqual([]);
  });

  it('finalising lists an adjournment without its reason, and still asks for the next review from the cadence', () => {
    const m = aCompleteDraft();
    const adjourned = {
      ...m,
      adjournments: [anAdjournment({ scope: 'meeting', item: '', reason: '' })],
      nextReview: { ...m.nextReview, date: undefined },
    };
    expect(m.nextReview.proposedDate).toBe('2027-01-29');
    expect(checkCompleteness(adjourned).map((x) => english()(x.message))).toEqual([
      'The adjournment of the meeting: Give the reason for adjourning.',
      'The next review date is not set.',
    ]);
  });

  it('the next meeting carries each adjourned item onto its agenda, with why and what was awaited', () => {
    const previous = {
      ...aCompleteDraft(),
      id: 'mtg_2',
      adjournments: [anAdjournment(), anAdjournment({ id: 'adj_2', scope: 'meeting', item: '' })],
    };
    const next = nextMeetingAfter(previous);
    expect(next.purpose.carriedItems).toEqual([
      {
        id: expect.any(String),
        fromMeetingId: 'mtg_2',
        fromDate: '2026-11-20',
        item: 'Approved premises move-on plan',
        reason: 'The hospital has not yet decided on unescorted leave',
        awaiting: 'The responsible clinician’s decision on further leave',
        outcome: '',
      },
      expect.objectContaining({ item: 'The meeting of 2026-11-20, adjourned as a whole' }),
    ]);
    // Still proposed from the Level 2 cadence, ten weeks on from the new meeting.
    expect(next.nextReview.proposedDate).toBe('2027-04-09');
  });

  it('the next meeting cannot be signed until it says what came of each carried item', () => {
    const previous = { ...aCompleteDraft(), id: 'mtg_2', adjournments: [anAdjournment()] };
    const carriedItems = nextMeetingAfter(previous).purpose.carriedItems;
    const m = aCompleteDraft();
    const draft = { ...m, purpose: { ...m.purpose, carriedItems } };
    expect(checkCompleteness(draft).map((x) => english()(x.message))).toEqual([
      'Record what came of the item adjourned on 2026-11-20: “Approved premises move-on plan”.',
    ]);
    const done = {
      ...draft,
      purpose: {
        ...draft.purpose,
        carriedItems: carriedItems.map((c) => ({ ...c, outcome: 'Leave granted; plan agreed' })),
      },
    };
    expect(checkCompleteness(done)).toEqual([]);
  });

  it('a first meeting has nothing carried', () => {
    const m = aCompleteDraft();
    expect(m.purpose.carriedItems).toEqual([]);
    expect(m.adjournments).toEqual([]);
  });
});
