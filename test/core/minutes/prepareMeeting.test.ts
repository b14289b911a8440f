import { AreaSettingsSchema } from '../../../src/core/area/areaSettings';
import { minutesKind, decodeDocumentMinutes } from './decode';
import { prepareMeeting } from '../../../src/core/minutes/prepareMeeting';
import { aCase, anAction } from '../../builders';
import { aCompleteDraft, aMeeting, aSeries, NOW, officer, sequentialIds, settings } from './fixtures';

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
