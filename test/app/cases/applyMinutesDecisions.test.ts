import { applyMinutesDecisions, oneAfterAnother } from '../../../src/app/cases/applyMinutesDecisions';
import { caseKind } from '../../../src/core/cases/case.schema';
import { caseDecisionKind } from '../../../src/core/cases/lifecycle/caseHistory.schema';
import { contentOf, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { aCase } from '../../builders';
import { aCompleteDraft, chair, NOW } from '../../core/minutes/fixtures';
import { msg } from '../../../src/i18n/message';
import { english } from '../../../src/i18n/translator';
import { TestApp } from '../../support/testApp';

/** Signed minutes of the Level 2 fixture case: Category 2, next review on 29 January 2027, the cadence's date. */
function signed(): Minutes {
  const draft = aCompleteDraft();
  const r = finalise(
    {
      ...draft,
      decisions: {
        ...draft.decisions,
        level: 2,
        category: 2,
        levelRationale: 'Stays at Level 2',
        categoryRationale: 'As before',
      },
    },
    chair,
    NOW,
  );
  if (!r.ok) throw new Error('The fixture minutes did not sign.');
  return r.value;
}

function corrected(m: Minutes, change: (content: ReturnType<typeof contentOf>) => ReturnType<typeof contentOf>) {
  const r = correct(
    m,
    change(contentOf(m)),
    'The panel’s decision was minuted wrongly',
    chair,
    new Date('2026-11-23T09:00:00Z'),
  );
  if (!r.ok) throw new Error('The correction did not sign.');
  return r.value;
}

/** The fixture case with its chair's live series; the chair signs, the clock frozen on 23 November 2026. */
async function app() {
  const m = aCompleteDraft();
  return TestApp.create()
    .as(chair)
    .at('2026-11-23T09:00:00Z')
    .seeded(async ({ storage }) => {
      await storage
        .collection(caseKind)
        .create(aCase({ id: m.caseId, reference: m.caseReference, level: 2, category: 2 }));
      await storage.collection(seriesKind).create({
        id: 'ser_fixture',
        caseId: m.caseId,
        caseReference: m.caseReference,
        level: 2,
        cadenceWeeks: 10,
        firstMeetingDate: '2026-11-17',
        startTime: '10:00',
        durationMinutes: 120,
        timeZone: 'Europe/London',
        chair,
        members: [],
        status: 'active',
        createdAt: '2026-10-01T09:00:00.000Z',
      });
    });
}

const caseOf = async (a: TestApp, id: string) => (await a.store.collection(caseKind).get(id))!.doc;

describe('the case follows its finalised minutes, and their corrections', () => {
  it('takes a category and next review a correction changes, kept with the corrected version', async () => {
    const a = await app();
    const v1 = signed();
    expect(await applyMinutesDecisions(a.services, v1)).toEqual([]);
    expect((await caseOf(a, v1.caseId)).nextReviewDue).toBe('2027-01-29');

    const v2 = corrected(v1, (c) => ({
      ...c,
      decisions: { ...c.decisions, category: 4, categoryRationale: 'Terrorism connection confirmed' },
      nextReview: { ...c.nextReview, date: '2026-12-15', changeReason: 'Brought forward: the release date moved' },
    }));
    expect(await applyMinutesDecisions(a.services, v2)).toEqual([]);
    const after = await caseOf(a, v1.caseId);
    expect(after.category).toBe(4);
    expect(after.nextReviewDue).toBe('2026-12-15');
    const kept = (await a.store.collection(caseDecisionKind).list({ caseId: v1.caseId })).map((d) => d.doc);
    expect(
      kept
        .filter((d) => d.minutes?.version === 2)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['categoryChanged', 'reviewSet']);
  });

  it('leaves alone what a correction did not change, though the case has moved on since', async () => {
    const a = await app();
    const v1 = signed();
    await applyMinutesDecisions(a.services, v1);
    // The coordinator brings the review forward from the register after the minutes were signed.
    const stored = (await a.store.collection(caseKind).get(v1.caseId))!;
    await a.store.collection(caseKind).update({ ...stored.doc, nextReviewDue: '2027-01-05' }, stored.version);

    const v2 = corrected(v1, (c) => ({
      ...c,
      purpose: { ...c.purpose, reason: 'Scheduled review of the plan (corrected)' },
    }));
    expect(await applyMinutesDecisions(a.services, v2)).toEqual([]);
    expect((await caseOf(a, v1.caseId)).nextReviewDue).toBe('2027-01-05');
  });

  it('says why the case could not take a corrected decision, and leaves the case as it was', async () => {
    const a = await app();
    const v1 = signed();
    await applyMinutesDecisions(a.services, v1);
    // Since the minutes were signed the case has gone to Level 1, where Category 3 cannot be managed.
    const stored = (await a.store.collection(caseKind).get(v1.caseId))!;
    await a.store.collection(caseKind).update({ ...stored.doc, level: 1 }, stored.version);
    const v2 = corrected(v1, (c) => ({
      ...c,
      decisions: {
        ...c.decisions,
        category: 3,
        categoryRationale: 'Capacity for serious harm; current risk to a known adult',
      },
    }));
    expect(await applyMinutesDecisions(a.services, v2)).toEqual([msg('cases.problem.category3Level')]);
    expect((await caseOf(a, v1.caseId)).category).toBe(2);
  });
});

describe('problems said together', () => {
  it('says each whole sentence after the one before, in the reader’s language', () => {
    const say = english();
    expect(say(oneAfterAnother(msg('cases.problem.category3Level'), []))).toBe(
      'Category 3 cases can only be managed at Level 2 or Level 3.',
    );
    expect(
      say(
        oneAfterAnother(msg('cases.problem.alreadyLevel', { level: 2 }), [
          msg('cases.problem.category3Level'),
          msg('cases.problem.levelRationale'),
        ]),
      ),
    ).toBe(
      'The case is already at Level 2. Category 3 cases can only be managed at Level 2 or Level 3. Give the rationale for the level.',
    );
  });
});
