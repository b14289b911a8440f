import { defaultAreaSettings, AreaSettingsSchema } from '../../../src/core/area/areaSettings';
import { minutesKind, decodeDocumentMinutes } from './decode';
import {
  actionsFromMinutes,
  addAction,
  applyReviewOutcomes,
  checkCompleteness,
  correct,
  finalise,
  prepareMeeting,
  proposeNextReview,
  recordDecision,
  recordReviewOutcome,
  setNextReview,
} from '../../../src/core/minutes/rules';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { aCase, anAction } from '../../builders';
import { aCompleteDraft, aDraft, aMeeting, aSeries, chair, NOW, officer, sequentialIds, settings } from './fixtures';

describe('prepareMeeting', () => {
  it('carries the nominal, the current plan and every action awaiting the panel’s review', () => {
    const previous = { ...aCompleteDraft(), id: 'mtg_1' };
    const actions = [
      anAction({ id: 'open1', meetingId: 'mtg_1', status: 'open', pillar: 'victimSafety' }),
      anAction({ id: 'prog1', meetingId: 'mtg_1', status: 'inProgress' }),
      // Closed and confirmed at an earlier panel's review: it rests.
      anAction({
        id: 'done1',
        meetingId: 'mtg_0',
        status: 'done',
        updates: [{ id: 'mtg_1:done1', at: '2026-09-01T10:30:00.000Z', by: officer, text: 'Reviewed', status: 'done' }],
      }),
      // Marked done by its owner since the last panel: the chair confirms it.
      anAction({
        id: 'ownerDone',
        meetingId: 'mtg_1',
        status: 'done',
        updates: [{ id: 'upd_9', at: '2026-10-20T09:00:00.000Z', by: officer, text: 'Visit made', status: 'done' }],
      }),
      anAction({ id: 'other', caseId: 'case_other', meetingId: 'mtg_x', status: 'open' }),
    ];
    const m = prepareMeeting({
      meeting: aMeeting({ id: 'mtg_2' }),
      caseDoc: aCase(),
      series: aSeries(),
      previous: { ...previous, nominal: { ...previous.nominal, address: '3 Example Close' } },
      actions,
      writtenUpdates: [
        {
          id: 'wu1',
          meetingId: 'mtg_2',
          caseId: 'case_test',
          caseReference: 'MP-2026-0001',
          author: officer,
          text: 'No change',
          at: NOW.toISOString(),
        },
      ],
      settings,
      now: NOW,
      ids: sequentialIds(),
    });
    expect(m.id).toBe('mtg_2');
    expect(m.status).toBe('draft');
    expect(m.nominal.address).toBe('3 Example Close');
    expect(m.plan.supervision.text).toBe('Weekly office visits');
    expect(m.previousActions.map((p) => p.actionId).sort()).toEqual(['open1', 'ownerDone', 'prog1']);
    expect(m.previousActions.find((p) => p.actionId === 'ownerDone')?.statusBefore).toBe('done');
    expect(m.agencyInformation).toEqual([
      expect.objectContaining({ agency: 'police', source: 'written', writtenUpdateId: 'wu1' }),
    ]);
    expect(m.attendance.map((a) => a.person.id)).toEqual(['u_chair', 'u_police']);
    expect(m.statements.confidentiality).toBe(settings.statements.confidentiality);
    expect(m.formName).toBe('MAPPA B');
  });

  it('an initial meeting takes the nominal from the case and the form name from the area', () => {
    const area = AreaSettingsSchema.parse({ formName: 'MAPPA C' });
    const m = prepareMeeting({
      meeting: aMeeting({ kind: 'initial', sequence: 1 }),
      caseDoc: aCase(),
      actions: [],
      settings: area,
      now: NOW,
      ids: sequentialIds(),
    });
    expect(m.nominal.name).toBe('Jordan Testcase');
    expect(m.formName).toBe('MAPPA C');
    expect(m.previousActions).toEqual([]);
  });

  it('round-trips through the stored form', () => {
    const m = aCompleteDraft();
    expect(decodeDocumentMinutes(m)).toEqual(m);
    expect(minutesKind.indexes.caseId?.(m)).toBe('case_test');
  });
});

describe('cadence and next review', () => {
  it('proposes 10 weeks at Level 2 and 6 weeks at Level 3, from the area settings', () => {
    expect(proposeNextReview('2026-11-20T10:00:00Z', 2, settings)).toBe('2027-01-29');
    expect(proposeNextReview('2026-11-20T10:00:00Z', 3, settings)).toBe('2027-01-01');
    const area = AreaSettingsSchema.parse({ cadenceWeeks: { level2: 8 } });
    expect(proposeNextReview('2026-11-20T10:00:00Z', 2, area)).toBe('2027-01-15');
    expect(proposeNextReview('2026-11-20T10:00:00Z', 1, defaultAreaSettings())).toBeUndefined();
  });

  it('uses the local date in the area, not UTC', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST)
    expect(proposeNextReview('2026-05-31T23:30:00Z', 3, settings)).toBe('2026-07-13');
  });

  it('accepts the proposed date and needs a reason to change it', () => {
    const m = aDraft();
    expect(m.nextReview.proposedDate).toBe('2027-01-29');
    const same = setNextReview(m, '2027-01-29', '');
    expect(same.ok && same.value.nextReview.date).toBe('2027-01-29');
    const noReason = setNextReview(m, '2027-02-05', ' ');
    expect(noReason).toEqual({ ok: false, error: expect.stringContaining('reason') });
    const withReason = setNextReview(m, '2027-02-05', 'Chair on leave');
    expect(withReason.ok && withReason.value.nextReview).toMatchObject({
      date: '2027-02-05',
      changeReason: 'Chair on leave',
    });
    expect(setNextReview(m, '2027-02-30', 'x').ok).toBe(false);
  });
});

describe('decisions', () => {
  const base = { levelRationale: 'Why', categoryRationale: 'Because' };
  it('refuses Category 3 at Level 1', () => {
    const r = recordDecision(aDraft(), { ...base, level: 1, category: 3 });
    expect(r).toEqual({ ok: false, error: ['Category 3 cases can only be managed at Level 2 or Level 3.'] });
    expect(recordDecision(aDraft(), { ...base, level: 2, category: 3 }).ok).toBe(true);
    expect(recordDecision(aDraft(), { ...base, level: 1, category: 1 }).ok).toBe(true);
  });
  it('needs a rationale for each decision', () => {
    const r = recordDecision(aDraft(), { level: 2, category: 2, levelRationale: '', categoryRationale: ' ' });
    expect(r.ok ? [] : r.error).toEqual(['Give the rationale for the level.', 'Give the rationale for the category.']);
  });
});

describe('checkCompleteness', () => {
  it('a complete draft has nothing missing', () => {
    expect(checkCompleteness(aCompleteDraft())).toEqual([]);
  });

  it('lists exactly what is missing', () => {
    const m = aCompleteDraft();
    const broken = {
      ...m,
      disclosure: { ...m.disclosure, considered: false },
      plan: { ...m.plan, interventionsTreatment: { text: '', noneNeededReason: '' }, contingency: { text: '' } },
      actions: [
        ...m.actions,
        { id: 'a3', pillar: 'supervision' as const, text: 'Call GP', carriedOver: false, status: 'open' as const },
      ],
      decisions: { ...m.decisions, levelRationale: '' },
    };
    expect(checkCompleteness(broken).map((x) => x.message)).toEqual([
      'Disclosure has not been considered.',
      'Interventions & Treatment has neither actions nor a reason why none are needed.',
      'There is no contingency plan.',
      'Action “Call GP” has no owner.',
      'Action “Call GP” has no due date.',
      'The level decision has no rationale.',
    ]);
  });

  it('reports Category 3 at Level 1 and unreviewed previous actions', () => {
    const m = aCompleteDraft();
    const broken = {
      ...m,
      decisions: { ...m.decisions, level: 1 as const, category: 3 as const },
      previousActions: m.previousActions.map((p) => ({ ...p, outcome: undefined })),
    };
    const messages = checkCompleteness(broken).map((x) => x.message);
    expect(messages).toContain('Category 3 cases can only be managed at Level 2 or Level 3.');
    expect(messages.some((x) => x.startsWith('No outcome for the previous action'))).toBe(true);
  });
});

describe('review of previous actions', () => {
  it('needs a note when the action was not done', () => {
    const m = aDraft();
    const id = m.previousActions[0]!.id;
    expect(recordReviewOutcome(m, id, 'notDoneAgency', '').ok).toBe(false);
    expect(recordReviewOutcome(m, id, 'notDoneCircumstances', ' ').ok).toBe(false);
    expect(recordReviewOutcome(m, id, 'done', '').ok).toBe(true);
    const r = recordReviewOutcome(m, id, 'notDoneAgency', 'No housing officer allocated');
    expect(r.ok && r.value.previousActions[0]).toMatchObject({
      outcome: 'notDoneAgency',
      note: 'No housing officer allocated',
    });
  });

  it('applies outcomes to the Action documents once', () => {
    const m = aDraft();
    const r = recordReviewOutcome(m, m.previousActions[0]!.id, 'notDoneCircumstances', 'Moved out of area');
    if (!r.ok) throw new Error(r.error);
    const action = anAction({ id: 'act_old', meetingId: 'mtg_1' });
    const [updated] = applyReviewOutcomes(r.value, [action], chair, NOW);
    expect(updated?.status).toBe('notDoneCircumstances');
    expect(updated?.updates).toEqual([
      expect.objectContaining({
        id: 'mtg_2:act_old',
        status: 'notDoneCircumstances',
        text: expect.stringContaining('Moved out of area'),
      }),
    ]);
    expect(applyReviewOutcomes(r.value, [updated!], chair, NOW)).toEqual([]);
  });
});

describe('adding actions', () => {
  it('needs text, owner and due date, and becomes an Action document', () => {
    const m = aDraft();
    const bad = addAction(m, { pillar: 'supervision', text: ' ' }, 'a9');
    expect(bad.ok ? [] : bad.error).toHaveLength(3);
    const good = addAction(
      m,
      { pillar: 'monitoringControl', text: 'Apply for SHPO variation', owner: officer, dueDate: '2026-12-10' },
      'a9',
    );
    if (!good.ok) throw new Error('expected ok');
    expect(actionsFromMinutes(good.value, NOW)).toEqual([
      expect.objectContaining({ id: 'a9', meetingId: 'mtg_2', seriesId: 'ser_1', owner: officer, status: 'open' }),
    ]);
  });
});

describe('finalise and correct', () => {
  it('refuses to finalise incomplete minutes, with the list', () => {
    const r = finalise(aDraft(), chair, NOW);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.error.length).toBeGreaterThan(3);
  });

  it('finalising signs version 1; a correction adds version 2 and keeps version 1 as signed', () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected ok');
    expect(f.value.status).toBe('final');
    expect(f.value.versions).toHaveLength(1);
    expect(finalise(f.value, chair, NOW).ok).toBe(false);
    const edited = { ...contentOf(f.value), executiveSummary: { text: 'Corrected summary' } };
    expect(correct(f.value, edited, '', chair, NOW).ok).toBe(false);
    const later = new Date('2026-11-21T09:00:00Z');
    const c = correct(f.value, edited, 'Wrong date of the next review in the summary', officer, later);
    if (!c.ok) throw new Error('expected ok');
    expect(c.value.executiveSummary.text).toBe('Corrected summary');
    expect(c.value.versions.map((v) => [v.number, v.correctionReason, v.content.executiveSummary.text])).toEqual([
      [1, undefined, 'The panel reviewed the plan and kept Level 2 management.'],
      [2, 'Wrong date of the next review in the summary', 'Corrected summary'],
    ]);
    expect(c.value.versions[0]).toEqual(f.value.versions[0]);
    expect(c.value.signOff.signed?.person.id).toBe('u_police');
  });
});
