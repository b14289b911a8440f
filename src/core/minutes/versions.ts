import { msg, type Message } from '../../i18n/message';
import type { AreaSettings } from '../area/areaSettings';
import { canonicalJson } from '../shared/canonical';
import { fieldName, patternOf, personFields, type FieldPath } from './fieldNames';
import type { MinutesContent, MinutesVersion } from './minutes.schema';
import { isSectionId } from './sections';

/**
 * One field a correction changed: where, and what it said before and after. What the minutes hold
 * (and an area's own section names) is text as it is; the rest is a message for the reader's language.
 */
export type VersionChange = {
  section: string | Message;
  field: string | Message;
  before: string | Message;
  after: string | Message;
};

/** What a signed correction changed, who signed it, when and why. */
export type VersionComparison = {
  from: number;
  to: number;
  signedBy: string;
  at: string;
  reason: string;
  changes: VersionChange[];
};

/** Not what a correction is about: the signature itself, the chair's place in the run, when they were sent. */
const IGNORED = new Set(['signOff', 'currentStep', 'distribution.sentAt', 'distribution.sentVersion', 'marking']);

const show = (v: unknown): string | Message =>
  v === undefined || v === null || v === ''
    ? msg('minutes.versions.empty')
    : typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : canonicalJson(v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const withIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

type Difference = { path: FieldPath; before: unknown; after: unknown };

/** A person is said by name: a change of person is one change, not one per part of the record. */
const personName = (v: unknown): unknown => (isObject(v) && typeof v.name === 'string' ? v.name : v);

/** Every leaf that differs, by path; list items are matched by id, so a reordering is not a change. */
function diff(before: unknown, after: unknown, path: FieldPath, out: Difference[]) {
  if (IGNORED.has(path.join('.'))) return;
  if (canonicalJson(before) === canonicalJson(after)) return;
  if (personFields.has(patternOf(path))) {
    out.push({ path, before: personName(before), after: personName(after) });
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diff(before[k], after[k], [...path, k], out);
    }
    return;
  }
  if (withIds(before) && withIds(after)) {
    const ids = [...new Set([...before.map((x) => x.id), ...after.map((x) => x.id)])];
    for (const id of ids) {
      const b = before.find((x) => x.id === id);
      const a = after.find((x) => x.id === id);
      const n = (a ? after.indexOf(a) : before.indexOf(b!)) + 1;
      if (!a || !b) out.push({ path: [...path, n], before: b, after: a });
      else diff(b, a, [...path, n], out);
    }
    return;
  }
  out.push({ path, before, after });
}

/** The fields a correction changed between two signed versions, labelled for a reader. */
export function changesBetween(
  before: MinutesContent,
  after: MinutesContent,
  settings: Pick<AreaSettings, 'sectionLabels'>,
): VersionChange[] {
  const out: Difference[] = [];
  diff(before, after, [], out);
  return out.map(({ path, before: b, after: a }) => {
    const top = String(path[0] ?? '');
    const inSection = isSectionId(top);
    return {
      // Fields outside any section (the form's and the area's names) belong to the minutes as a whole.
      section: inSection ? (settings.sectionLabels[top] ?? msg(`sections.label.${top}`)) : msg('minutes.fields.record'),
      field: inSection && path.length === 1 ? msg('minutes.versions.wholeSection') : fieldName(path),
      before: show(b),
      after: show(a),
    };
  });
}

/** Each signed version beside the next: what the correction changed, by whom, when, why. */
export function compareVersions(
  versions: readonly MinutesVersion[],
  settings: Pick<AreaSettings, 'sectionLabels'>,
): VersionComparison[] {
  return versions.slice(1).map((next, i) => {
    const prev = versions[i]!;
    return {
      from: prev.number,
      to: next.number,
      signedBy: next.signedBy.name,
      at: next.at,
      reason: next.correctionReason ?? '',
      changes: changesBetween(prev.content, next.content, settings),
    };
  });
}
