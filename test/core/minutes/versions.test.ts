import type { z } from 'zod';

import { fieldName, namedFields, personFields, type FieldPath } from '../../../src/core/minutes/fieldNames';
import { contentOf, MinutesContentSchema } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { changesBetween, compareVersions, type VersionChange } from '../../../src/core/minutes/versions';
import { cy } from '../../../src/i18n/messages/cy';
import { en } from '../../../src/i18n/messages/en';
import { createTranslator, english } from '../../../src/i18n/translator';
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
          field: 'Media plan',
          before: expect.any(String),
          after: 'Police press office handles any enquiry',
        },
        {
          section: 'Action log',
          field: 'Action 1: what is to be done',
          before: 'Home visit',
          after: 'Home visit weekly',
        },
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
      field: 'Media plan',
      before: '(empty)',
      after: 'Police press office handles any enquiry',
    });
    // An area's own name for a section is its text and is shown as it is.
    const named = changesBetween(before, after, { sectionLabels: { media: 'Media' } });
    expect(named[0]?.section).toBe('Media');
  });

  it('says a change of person once, by name, and in Welsh for a Welsh reader', () => {
    const m = corrected();
    const [v1] = m.versions;
    const before = v1!.content;
    const owner = before.actions[0]!.owner?.id === officer.id ? chair : officer;
    const after = {
      ...before,
      actions: before.actions.map((a, i) => (i === 0 ? { ...a, owner } : a)),
    };
    const changes = changesBetween(before, after, settings);
    expect(changes.map(said)).toEqual([
      { section: 'Action log', field: 'Action 1: owner', before: before.actions[0]!.owner!.name, after: owner.name },
    ]);
    const welsh = createTranslator('cy-GB', cy);
    expect(welsh(changes[0]!.field as Exclude<VersionChange['field'], string>)).toBe('Cam gweithredu 1: perchennog');
  });

  it('says a field with no name by its path, positions counted from 1', () => {
    expect(english()(fieldName(['actions', 2, 'newThing']))).toBe('Field actions.2.newThing');
    expect(english()(fieldName(['actions', 2, 'text']))).toBe('Action 2: what is to be done');
    expect(english()(fieldName(['formName']))).toBe('Form name');
  });
});

type Node = { def: { type: string; innerType?: Node; shape?: Record<string, Node>; element?: Node } };
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable']);
const unwrap = (s: Node): Node => (WRAPPERS.has(s.def.type) && s.def.innerType ? unwrap(s.def.innerType) : s);
/** Not compared (see IGNORED in versions.ts): the signature, the chair's step, the sending, the marking. */
const NOT_COMPARED = ['signOff', 'currentStep', 'distribution.sentAt', 'distribution.sentVersion', 'marking'];

/**
 * Every path the comparison can report, walked from the schema as the comparison walks the minutes:
 * into objects; into lists of items with ids (position 1), the item itself being a change when added
 * or removed; a person, or any other value, as one field.
 */
function comparedPaths(schema: Node, path: (string | number)[] = []): FieldPath[] {
  const pattern = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  if (NOT_COMPARED.includes(pattern)) return [];
  const s = unwrap(schema);
  if (personFields.has(pattern)) return [path];
  if (s.def.type === 'object' && s.def.shape) {
    return Object.entries(s.def.shape).flatMap(([k, v]) => comparedPaths(v, [...path, k]));
  }
  const element = s.def.type === 'array' && s.def.element ? unwrap(s.def.element) : undefined;
  if (element?.def.type === 'object' && element.def.shape && 'id' in element.def.shape) {
    return [
      [...path, 1],
      ...Object.entries(element.def.shape)
        .filter(([k]) => k !== 'id')
        .flatMap(([k, v]) => comparedPaths(v, [...path, 1, k])),
    ];
  }
  return [path];
}

describe('the names of the fields a correction can change', () => {
  const paths = comparedPaths(MinutesContentSchema as unknown as z.ZodType as unknown as Node);

  it('walks the whole minutes schema', () => {
    expect(paths.length).toBeGreaterThan(150);
    expect(paths).toContainEqual(['actions', 1, 'text']);
    expect(paths).toContainEqual(['disclosure', 'decisions', 1, 'health', 'caldicottGuardian']);
  });

  it('names every field the minutes can hold, in English and in Welsh, with its position', () => {
    const welsh = createTranslator('cy-GB', cy);
    const unnamed = paths.filter((p) => fieldName(p).key === 'minutes.fields.other').map((p) => p.join('.'));
    expect(unnamed).toEqual([]);
    for (const p of paths) {
      const name = fieldName(p);
      expect({ path: p, inEnglish: name.key in en, inWelsh: name.key in cy }).toEqual({
        path: p,
        inEnglish: true,
        inWelsh: true,
      });
      if (p.includes(1)) expect(english()(name)).toMatch(/ 1\b/);
      expect(welsh(name)).not.toBe('');
    }
  });

  it('names nothing the minutes cannot hold', () => {
    const walked = new Set(paths.map((p) => p.map((x) => (typeof x === 'number' ? '*' : x)).join('.')));
    expect(namedFields.filter((f) => !walked.has(f))).toEqual([]);
  });
});
