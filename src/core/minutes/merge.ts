import { canonicalJson } from '../shared/canonical';

export type MergeConflict = {
  /** Dot path to the field, array items named by id, e.g. `actions.act_1.text`. */
  path: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** Set once the conflict is kept in the shared store, where other tabs and devices find it. */
  id?: string;
  /** Who made the unsaved version, when it was someone on another tab or device. */
  by?: string;
};

export type MergeResult<T> = {
  /**
   * Both people's edits where they touched different fields. On a conflict the stored (theirs)
   * value stays until a person chooses, so nothing is kept "mine" by default.
   */
  merged: T;
  conflicts: MergeConflict[];
};

const same = (a: unknown, b: unknown): boolean => a === b || canonicalJson(a) === canonicalJson(b);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');

/**
 * A three-way merge on fields. Objects merge key by key; arrays of items with ids merge item by
 * item (adds from both sides kept, in their order); anything else is a leaf. A leaf changed by
 * both to different values is a conflict.
 */
export function mergeMinutes<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base, mine, theirs, '', conflicts) as T;
  return { merged, conflicts };
}

/** Bookkeeping stamps, not anyone's content: the later one is kept and they never conflict. */
const LATEST_WINS = new Set(['updatedAt']);

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, out: MergeConflict[]): unknown {
  if (same(mine, theirs)) return mine;
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (LATEST_WINS.has(key) && typeof mine === 'string' && typeof theirs === 'string') {
    return mine > theirs ? mine : theirs;
  }
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    const result: Record<string, unknown> = {};
    for (const k of keys) {
      const v = mergeValue(base[k], mine[k], theirs[k], path ? `${path}.${k}` : k, out);
      if (v !== undefined) result[k] = v;
    }
    return result;
  }
  if (hasIds(mine) && hasIds(theirs) && (base === undefined || hasIds(base))) {
    return mergeList(base ?? [], mine, theirs, path, out);
  }
  out.push({ path, base, mine, theirs });
  return theirs;
}

function mergeList(
  base: { id: string }[],
  mine: { id: string }[],
  theirs: { id: string }[],
  path: string,
  out: MergeConflict[],
): unknown[] {
  const byId = (list: { id: string }[]) => new Map(list.map((x) => [x.id, x]));
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const order = [...theirs.map((x) => x.id), ...mine.map((x) => x.id).filter((id) => !t.has(id))];
  const result: unknown[] = [];
  for (const id of order) {
    const itemPath = `${path}.${id}`;
    const inB = b.get(id);
    const inM = m.get(id);
    const inT = t.get(id);
    if (inM && inT) {
      result.push(mergeValue(inB, inM, inT, itemPath, out));
    } else if (inM && !inT) {
      // I added it, or theirs deleted it: a deletion of an item I changed is for a person to decide.
      if (!inB) result.push(inM);
      else if (!same(inB, inM)) out.push({ path: itemPath, base: inB, mine: inM, theirs: undefined });
    } else if (inT && !inM) {
      if (!inB) result.push(inT);
      else if (!same(inB, inT)) {
        out.push({ path: itemPath, base: inB, mine: undefined, theirs: inT });
        result.push(inT);
      }
    }
  }
  return result;
}

/** The value at a conflict's path (array items named by id), `undefined` where there is none. */
export function valueAtPath(doc: unknown, path: string): unknown {
  let node = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(node)) node = node.find((x) => isObject(x) && x.id === part);
    else if (isObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}

/**
 * After an edit, a conflict's "mine" is what the person has now typed at its path: choosing "Keep
 * mine" keeps their latest words, never an older version of them.
 */
export function followEdits(conflicts: readonly MergeConflict[], before: unknown, after: unknown): MergeConflict[] {
  return conflicts.map((c) => {
    const now = valueAtPath(after, c.path);
    return same(valueAtPath(before, c.path), now) ? c : { ...c, mine: now };
  });
}

/** Sets one conflicting field to the chosen side. */
export function resolveConflict<T>(doc: T, conflict: MergeConflict, choice: 'mine' | 'theirs'): T {
  const value = choice === 'mine' ? conflict.mine : conflict.theirs;
  return setAtPath(doc, conflict.path.split('.'), value) as T;
}

function setAtPath(node: unknown, parts: string[], value: unknown): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return value;
  if (Array.isArray(node)) {
    const idx = node.findIndex((x) => isObject(x) && x.id === head);
    if (idx < 0) return value === undefined || rest.length ? node : [...node, value];
    const next = rest.length ? setAtPath(node[idx], rest, value) : value;
    return next === undefined ? node.filter((_, i) => i !== idx) : node.map((x, i) => (i === idx ? next : x));
  }
  const obj = isObject(node) ? node : {};
  const v = setAtPath(obj[head], rest, value);
  const copy = { ...obj };
  if (v === undefined) delete copy[head];
  else copy[head] = v;
  return copy;
}
