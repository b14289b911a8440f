import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { changesBetween, compareVersions } from '../../../src/core/minutes/versions';
import { aCompleteDraft, chair, NOW, officer, settings } from './fixtures';

const LATER = new Date('2026-11-22T14:00:00Z');

function corrected() {
  const f = finalise(aCompleteDraft(), chair, NOW);
  if (!f.ok) throw new Error('expected final');
  const v1 = f.value;
  const content = contentOf(v1);
  const c = correct(
    v1,
    {
      ...content,
      media: { ...content.media, plan: 'Police press office handles any enquiry' },
      actions: content.actions.map((a, i) => (i === 0 ? { ...a, text: 'Home visit weekly' } : a)),
    },
    'The media plan was left out',
    officer,
    LATER,
  );
  if (!c.ok) throw new Error('expected corrected');
  return c.value;
}

describe('comparing signed versions', () => {
  it('names what each correction changed, who signed it, when and why', () => {
    const m = corrected();
    const [c, ...more] = compareVersions(m.versions, settings);
    expect(more).toEqual([]);
    expect(c).toMatchObject({
      from: 1,
      to: 2,
      signedBy: officer.name,
      at: LATER.toISOString(),
      reason: 'The media plan was left out',
    });
    expect(c!.changes).toEqual(
      expect.arrayContaining([
        {
          section: 'Media and community',
          field: 'plan',
          before: expect.any(String),
          after: 'Police press office handles any enquiry',
        },
        { section: 'Action log', field: 'item 1, text', before: 'Home visit', after: 'Home visit weekly' },
      ]),
    );
    expect(c!.changes).toHaveLength(2);
  });

  it('does not count the signature itself, or the sending, as a change', () => {
    const m = corrected();
    const [v1, v2] = m.versions;
    const sentLater = { ...v2!.content, distribution: { ...v2!.content.distribution, sentAt: LATER.toISOString() } };
    expect(changesBetween(v1!.content, sentLater, settings).map((x) => x.section)).not.toContain('Sign-off');
    expect(changesBetween(v1!.content, sentLater, settings).map((x) => x.section)).not.toContain('Distribution');
  });

  it('a single signed version has nothing to compare', () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    expect(compareVersions(f.value.versions, settings)).toEqual([]);
  });
});
