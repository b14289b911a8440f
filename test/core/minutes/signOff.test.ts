import { correct, finalise } from '../../../src/core/minutes/signOff';
import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { aCompleteDraft, aDraft, chair, NOW, officer } from './fixtures';

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
