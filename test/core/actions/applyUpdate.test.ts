import type { ActionUpdate } from '../../../src/core/actions/action.schema';
import { applyChange, applyUpdate, latestUpdate, validateChange } from '../../../src/core/actions/applyUpdate';
import { anAction } from '../../builders';
import { english } from '../../../src/i18n/translator';

const by = { id: 'u_owner', name: 'Tess Owner', agency: 'probation' as const };
const upd = (over: Partial<ActionUpdate> = {}): ActionUpdate => ({
  id: 'upd_1',
  at: '2026-11-20T10:00:00.000Z',
  by,
  text: 'Visit booked for Tuesday',
  ...over,
});

describe('applying an update', () => {
  it('appends the text with who and when, keeping the status', () => {
    const result = applyUpdate(anAction({ status: 'inProgress' }), upd());
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ status: 'inProgress', updates: [upd()] }),
    });
  });

  it('changes the status and records it in the history', () => {
    const result = applyUpdate(anAction(), upd({ status: 'inProgress', text: '' }));
    if (!result.ok) throw new Error(english()(result.error.message));
    expect(result.value.status).toBe('inProgress');
    expect(result.value.updates[0]).toMatchObject({ status: 'inProgress', by, at: '2026-11-20T10:00:00.000Z' });
  });

  it('marks an action done with a note', () => {
    const result = applyUpdate(anAction(), upd({ status: 'done', text: 'Visit completed' }));
    expect(result.ok && result.value.status).toBe('done');
    expect(result.ok && result.value.updates[0]?.text).toBe('Visit completed');
  });

  it.each(['notDoneCircumstances', 'notDoneAgency'] as const)('requires a note to close as %s', (status) => {
    expect(applyUpdate(anAction(), upd({ status, text: '   ' }))).toEqual({
      ok: false,
      error: { kind: 'invalid', message: { key: 'actions.update.sayWhyNotDone' } },
    });
    expect(applyUpdate(anAction(), upd({ status, text: 'Moved out of area' })).ok).toBe(true);
  });

  it('refuses an update with neither text nor a new status', () => {
    expect(validateChange({ update: upd({ text: '' }), baseStatus: 'open' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
    expect(validateChange({ update: upd({ text: '', status: 'open' }), baseStatus: 'open' }).ok).toBe(false);
  });

  it('refuses text over the limit with a clear message', () => {
    const result = applyUpdate(anAction(), upd({ text: 'x'.repeat(2001) }));
    expect(result.ok).toBe(false);
    expect(!result.ok && english()(result.error.message)).toBe('Keep this under 2000 characters');
  });

  it('does not record the same update twice', () => {
    const once = applyUpdate(anAction(), upd());
    if (!once.ok) throw new Error('expected ok');
    const twice = applyChange(once.value, { update: upd(), baseStatus: 'open' });
    expect(twice.ok && twice.value.updates).toHaveLength(1);
  });
});

describe('applying a change made against an older version', () => {
  it('appends a note whatever happened meanwhile', () => {
    const current = anAction({ status: 'done' });
    const result = applyChange(current, { update: upd(), baseStatus: 'open' });
    expect(result.ok && result.value.status).toBe('done');
    expect(result.ok && result.value.updates).toHaveLength(1);
  });

  it('lets the last status change win while the action is open, keeping the history', () => {
    const current = anAction({ status: 'inProgress', updates: [upd({ id: 'earlier', status: 'inProgress' })] });
    const result = applyChange(current, {
      update: upd({ id: 'mine', status: 'open', text: 'Reopened' }),
      baseStatus: 'open',
    });
    expect(result.ok && result.value.status).toBe('open');
    expect(result.ok && result.value.updates.map((u) => u.id)).toEqual(['earlier', 'mine']);
  });

  it('surfaces a conflict when someone else closed it differently', () => {
    const current = anAction({ status: 'notDoneAgency' });
    const result = applyChange(current, { update: upd({ status: 'done' }), baseStatus: 'open' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict', current: 'notDoneAgency' } });
  });

  it('applies when both closed it the same way', () => {
    const result = applyChange(anAction({ status: 'done' }), { update: upd({ status: 'done' }), baseStatus: 'open' });
    expect(result.ok).toBe(true);
  });
});

describe('latest update', () => {
  it('is the one with the latest time', () => {
    const a = anAction({
      updates: [upd({ id: 'b', at: '2026-11-21T09:00:00.000Z' }), upd({ id: 'a', at: '2026-11-20T09:00:00.000Z' })],
    });
    expect(latestUpdate(a)?.id).toBe('b');
    expect(latestUpdate(anAction())).toBeUndefined();
  });
});
