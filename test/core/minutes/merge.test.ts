import { mergeMinutes, resolveConflict } from '../../../src/core/minutes/merge';
import { MinutesSchema } from '../../../src/core/minutes/minutes.schema';
import { aCompleteDraft, officer } from './fixtures';

describe('mergeMinutes', () => {
  const base = aCompleteDraft();

  it('keeps both people’s edits to different sections and fields', () => {
    const mine = {
      ...base,
      victimIssues: { text: 'VLO has made contact' },
      plan: { ...base.plan, supervision: { text: 'Twice-weekly visits', noneNeededReason: '' } },
    };
    const theirs = {
      ...base,
      media: { ...base.media, plan: 'No media interest expected', publicInterest: '' },
      plan: { ...base.plan, contingency: { text: 'Recall' } },
    };
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.victimIssues.text).toBe('VLO has made contact');
    expect(merged.plan.supervision.text).toBe('Twice-weekly visits');
    expect(merged.media.plan).toBe('No media interest expected');
    expect(merged.plan.contingency.text).toBe('Recall');
    expect(() => MinutesSchema.parse(merged)).not.toThrow();
  });

  it('keeps actions added by both, and edits to different actions', () => {
    const a = (id: string, text: string) => ({
      id,
      pillar: 'supervision' as const,
      text,
      owner: officer,
      dueDate: '2026-12-01',
      carriedOver: false,
      status: 'open' as const,
    });
    const mine = {
      ...base,
      actions: [
        ...base.actions.map((x) => (x.id === 'a1' ? { ...x, text: 'Home visit with police' } : x)),
        a('m1', 'Mine'),
      ],
    };
    const theirs = {
      ...base,
      actions: [...base.actions.map((x) => (x.id === 'a2' ? { ...x, dueDate: '2026-12-20' } : x)), a('t1', 'Theirs')],
    };
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.actions.map((x) => x.id)).toEqual(['a1', 'a2', 't1', 'm1']);
    expect(merged.actions[0]?.text).toBe('Home visit with police');
    expect(merged.actions[1]?.dueDate).toBe('2026-12-20');
  });

  it('reports a conflict when both edit the same field, keeping neither side by default: the stored value stays until a person chooses', () => {
    const mine = { ...base, purpose: { ...base.purpose, reason: 'Mine' } };
    const theirs = { ...base, purpose: { ...base.purpose, reason: 'Theirs' } };
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([{ path: 'purpose.reason', base: base.purpose.reason, mine: 'Mine', theirs: 'Theirs' }]);
    expect(merged.purpose.reason).toBe('Theirs');
    expect(resolveConflict(merged, conflicts[0]!, 'theirs').purpose.reason).toBe('Theirs');
    expect(resolveConflict(merged, conflicts[0]!, 'mine').purpose.reason).toBe('Mine');
  });

  it('merge metadata never conflicts: the later updatedAt stamp is kept', () => {
    const mine = { ...base, updatedAt: '2026-11-20T10:05:00.000Z', purpose: { ...base.purpose, reason: 'Mine' } };
    const theirs = { ...base, updatedAt: '2026-11-20T10:07:00.000Z', media: { ...base.media, plan: 'None' } };
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.updatedAt).toBe('2026-11-20T10:07:00.000Z');
    expect(merged.purpose.reason).toBe('Mine');
    expect(merged.media.plan).toBe('None');
  });

  it('an item I deleted that they changed is a conflict, and theirs stays until a person chooses', () => {
    const mine = { ...base, actions: base.actions.filter((x) => x.id !== 'a1') };
    const theirs = { ...base, actions: base.actions.map((x) => (x.id === 'a1' ? { ...x, text: 'Edited' } : x)) };
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['actions.a1']);
    expect(merged.actions.find((x) => x.id === 'a1')?.text).toBe('Edited');
    expect(resolveConflict(merged, conflicts[0]!, 'mine').actions.some((x) => x.id === 'a1')).toBe(false);
  });

  it('a conflict inside a list item is named by the item id', () => {
    const mine = { ...base, actions: base.actions.map((x) => (x.id === 'a1' ? { ...x, text: 'Mine' } : x)) };
    const theirs = { ...base, actions: base.actions.map((x) => (x.id === 'a1' ? { ...x, text: 'Theirs' } : x)) };
    const { conflicts, merged } = mergeMinutes(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['actions.a1.text']);
    expect(resolveConflict(merged, conflicts[0]!, 'theirs').actions.find((x) => x.id === 'a1')?.text).toBe('Theirs');
  });

  it('a deletion against an edit is a conflict, not a silent loss', () => {
    const mine = { ...base, actions: base.actions.map((x) => (x.id === 'a1' ? { ...x, text: 'Edited' } : x)) };
    const theirs = { ...base, actions: base.actions.filter((x) => x.id !== 'a1') };
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts.map((c) => c.path)).toEqual(['actions.a1']);
    expect(merged.actions.some((x) => x.id === 'a1')).toBe(false);
    expect(resolveConflict(merged, conflicts[0]!, 'mine').actions.find((x) => x.id === 'a1')?.text).toBe('Edited');
  });

  it('an unchanged deletion on one side is applied', () => {
    const theirs = { ...base, actions: base.actions.filter((x) => x.id !== 'a1') };
    expect(mergeMinutes(base, base, theirs).merged.actions.map((x) => x.id)).toEqual(['a2']);
  });
});
