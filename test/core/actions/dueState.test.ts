import fc from 'fast-check';

import { actionListKey } from '../../../src/core/actions/action.schema';
import { byCodeUnits } from '../../../src/core/storage/paging';
import {
  compareActions,
  daysBetween,
  dueState,
  dueStateFor,
  groupByPanel,
  localDate,
} from '../../../src/core/actions/dueState';
import { anAction } from '../../builders';

const now = new Date('2026-11-20T10:00:00.000Z');
const opts = { now, withinDays: 7 };

describe('due state from the clock', () => {
  it('is overdue the day after the due date, not on it', () => {
    expect(dueState(anAction({ dueDate: '2026-11-19' }), opts)).toBe('overdue');
    expect(dueState(anAction({ dueDate: '2026-11-20' }), opts)).toBe('dueSoon');
  });

  it('is due soon up to and including N days ahead, from the area settings', () => {
    expect(dueState(anAction({ dueDate: '2026-11-27' }), opts)).toBe('dueSoon');
    expect(dueState(anAction({ dueDate: '2026-11-28' }), opts)).toBe('later');
    expect(dueState(anAction({ dueDate: '2026-11-28' }), { now, withinDays: 8 })).toBe('dueSoon');
  });

  it('treats closed actions as neither overdue nor due', () => {
    for (const status of ['done', 'notDoneCircumstances', 'notDoneAgency'] as const) {
      expect(dueState(anAction({ dueDate: '2026-01-01', status }), opts)).toBe('closed');
    }
    expect(dueState(anAction({ dueDate: '2026-01-01', status: 'inProgress' }), opts)).toBe('overdue');
  });

  it('gives the same state by date comparison as by counting days, across month and year ends', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 11, 20) + n * 86_400_000).toISOString().slice(0, 10);
    for (const today of [day(0), day(11), day(12), day(-51)]) {
      for (const withinDays of [0, 1, 7, 14]) {
        const stateOf = dueStateFor(today, withinDays);
        for (let n = -40; n <= 40; n++) {
          const dueDate = day(n);
          const days = daysBetween(today, dueDate);
          const expected = days < 0 ? 'overdue' : days <= withinDays ? 'dueSoon' : 'later';
          expect([today, withinDays, dueDate, stateOf(anAction({ dueDate }))]).toEqual([
            today,
            withinDays,
            dueDate,
            expected,
          ]);
        }
      }
    }
  });

  it('turns the day at midnight in the area, not in UTC', () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time).
    const late = new Date('2026-07-01T23:30:00.000Z');
    expect(localDate(late)).toBe('2026-07-02');
    expect(dueState(anAction({ dueDate: '2026-07-01' }), { now: late, withinDays: 7 })).toBe('overdue');
    expect(localDate(late, 'UTC')).toBe('2026-07-01');
  });
});

describe('grouping by panel', () => {
  it('sorts overdue first, then by due date, and puts panels with overdue work first', () => {
    const actions = [
      anAction({ id: 'a1', caseId: 'c1', caseReference: 'MP-2026-0001', dueDate: '2026-11-21' }),
      anAction({ id: 'a2', caseId: 'c1', caseReference: 'MP-2026-0001', dueDate: '2026-11-01', status: 'done' }),
      anAction({ id: 'a3', caseId: 'c1', caseReference: 'MP-2026-0001', dueDate: '2026-12-30' }),
      anAction({ id: 'b1', caseId: 'c2', caseReference: 'MP-2026-0002', dueDate: '2026-12-25' }),
      anAction({ id: 'b2', caseId: 'c2', caseReference: 'MP-2026-0002', dueDate: '2026-11-10' }),
    ];
    const groups = groupByPanel(actions, opts);
    expect(groups.map((g) => g.caseReference)).toEqual(['MP-2026-0002', 'MP-2026-0001']);
    expect(groups[0]!.actions.map((a) => a.id)).toEqual(['b2', 'b1']);
    expect(groups[0]!.overdue).toBe(1);
    expect(groups[1]!.actions.map((a) => a.id)).toEqual(['a1', 'a3', 'a2']);
    expect(groups[1]!.dueSoon).toBe(1);
  });

  it('orders panels without overdue work by their earliest due action', () => {
    const groups = groupByPanel(
      [
        anAction({ id: 'x', caseId: 'c1', caseReference: 'MP-2026-0001', dueDate: '2026-12-20' }),
        anAction({ id: 'y', caseId: 'c2', caseReference: 'MP-2026-0002', dueDate: '2026-12-10' }),
      ],
      opts,
    );
    expect(groups.map((g) => g.caseId)).toEqual(['c2', 'c1']);
  });

  it('compares by id last so the order is stable', () => {
    const cmp = compareActions(opts);
    expect(cmp(anAction({ id: 'a' }), anAction({ id: 'b' }))).toBeLessThan(0);
  });
});

describe('the stored list order', () => {
  const statuses = ['open', 'inProgress', 'done', 'notDoneCircumstances', 'notDoneAgency'] as const;
  const anyAction = fc.record({
    id: fc.stringMatching(/^[a-z0-9_]{1,8}$/),
    dueDate: fc
      .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    status: fc.constantFrom(...statuses),
  });

  it('sorts as compareActions does on any day, with no "today" in the key', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyAction, { selector: (a) => a.id, maxLength: 30 }),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (actions, today, withinDays) => {
          const byRule = [...actions].sort(compareActions({ now: today, withinDays, timeZone: 'Europe/London' }));
          const byKey = [...actions].sort((a, b) => byCodeUnits(actionListKey(a), actionListKey(b)));
          expect(byKey.map((a) => a.id)).toEqual(byRule.map((a) => a.id));
        },
      ),
    );
  });

  it('puts an open action overdue by a year before one due tomorrow, and every closed one after both', () => {
    const keys = [
      actionListKey({ id: 'b', dueDate: '2026-11-21', status: 'open' }),
      actionListKey({ id: 'c', dueDate: '2025-01-01', status: 'done' }),
      actionListKey({ id: 'a', dueDate: '2025-11-20', status: 'inProgress' }),
    ].sort(byCodeUnits);
    expect(keys.map((k) => k.split('|')[2])).toEqual(['a', 'b', 'c']);
  });
});
