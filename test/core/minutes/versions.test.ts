import { contentOf } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { changesBetween, compareVersions, type VersionChange } from '../../../src/core/minutes/versions';
import { english } from '../../../src/i18n/translator';
import { aCompleteDraft, chair, NOW, officer, settings } from './fixtures';

/** A change as a reader sees it, in English. */
const said = (x: VersionChange) => ({
  section: say(x.section),
  field: say(x.field),
  before: say(x.before),
  after: say(x.after),
});
const say = (v: VersionChange['section']) => (typeof v === 'string' ? v : english()(v));

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
    expect(c!.changes.map(said)).toEqual(
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
    expect(changesBetween(v1!.content, sentLater, settings).map((x) => say(x.section))).not.toContain('Sign-off');
    expect(changesBetween(v1!.content, sentLater, settings).map((x) => say(x.section))).not.toContain('Distribution');
  });

  it('a single signed version has nothing to compare', () => {
    const f = finalise(aCompleteDraft(), chair, NOW);
    if (!f.ok) throw new Error('expected final');
    expect(compareVersions(f.value.versions, settings)).toEqual([]);
  });

  it('says a field that was empty, and a section added whole, in the reader’s words', () => {
    const m = corrected();
    const [v1] = m.versions;
    const before = { ...v1!.content, media: { ...v1!.content.media, plan: '' } };
    const after = { ...before, media: { ...before.media, plan: 'Police press office handles any enquiry' } };
    const [change, ...rest] = changesBetween(before, after, settings);
    expect(rest).toEqual([]);
    expect(said(change!)).toEqual({
      section: 'Media and community',
      field: 'plan',
      before: '(empty)',
      after: 'Police press office handles any enquiry',
    });
    // An area's own name for a section is its text and is shown as it is.
    const named = changesBetween(before, after, { sectionLabels: { media: 'Media' } });
    expect(named[0]?.section).toBe('Media');
  });
});
