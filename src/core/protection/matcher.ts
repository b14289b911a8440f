import { mailboxKey } from '../people/mailbox';
import type { ProtectedKind, ProtectedPerson } from './protectedPeople.schema';

/**
 * Finds a case's protected people in text bound for somewhere they must not appear (the stage, an
 * executive summary, a third-party form, a mail body): names and aliases in any case, with or
 * without a possessive, initials with the surname, "Surname, First", a title with the surname, an
 * address line or postcode, and any of their mail addresses (sub-address and alias forms folded).
 * Matching errs towards withholding: a false match hides a few words; a missed one names a victim.
 */

/** What a protected person is known by; the minutes' flagged victims give only a name and an address. */
export type ProtectedLike = Pick<ProtectedPerson, 'id' | 'kind' | 'name'> &
  Partial<Pick<ProtectedPerson, 'aliases' | 'addresses' | 'emails' | 'directoryId'>>;

export type ProtectedIndex = {
  readonly people: readonly { readonly personId: string; readonly names: RegExp; readonly addresses?: RegExp }[];
  readonly mailboxes: ReadonlyMap<string, string>;
  readonly directoryIds: ReadonlyMap<string, string>;
};

export type Mention = { start: number; end: number; personId: string };

/** What replaces a mention wherever it must not travel. */
export const WITHHELD = '[withheld: protected person]';

/** The chair's warning as they type a protected person into a field that is shown or summarised. */
export const PROTECTED_WARNING = 'This names a protected person; it will not be shown on the stage or in the summary.';

/**
 * The text folded for matching, the same length as the original so that a match's place is the
 * same in both: lower case, accents dropped, curly apostrophes, dashes and non-breaking spaces made plain.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/['’‘ʼ`´]/.test(c)) out += "'";
    else if (/[\u2010-\u2015\u2212]/.test(c)) out += '-';
    else if (/[\u00A0\u2007\u202F]/.test(c)) out += ' ';
    else {
      const base = c.normalize('NFD').replace(/\p{M}/gu, '');
      // A lone combining mark folds to nothing; a placeholder keeps the length.
      out += base.length === 0 ? '\u0000' : (base.toLowerCase().charAt(0) ?? c);
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = "(?:'s?)?(?![\\p{L}\\p{N}])";
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'mister']);

/** One token of a name as a pattern: a hyphen matches a space too, an apostrophe may be left out. */
const tokenPattern = (token: string) =>
  token
    .split(/-+/)
    .map((part) => escape(part).replace(/'/g, "'?"))
    .join('[-\\s]*');

const tokensOf = (name: string): string[] => {
  const tokens = fold(name)
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  while (tokens.length > 1 && TITLES.has(tokens[0] ?? '')) tokens.shift();
  return tokens;
};

/** Every way prose names someone called `name`. */
function namePatterns(name: string, kind: ProtectedKind, notProtected: NotProtected): string[] {
  const tokens = tokensOf(name);
  if (tokens.length === 0) return [];
  const full = tokens.map(tokenPattern).join('\\s+');
  if (tokens.length === 1) return (tokens[0] ?? '').length >= 2 ? [full] : [];
  const given = tokens.slice(0, -1);
  const surname = tokenPattern(tokens[tokens.length - 1] ?? '');
  const first = tokenPattern(given[0] ?? '');
  const out = [full, `${first}\\s+${surname}`, `${surname},?\\s+${first}`];
  // Initials with the surname: "J Doe", "J. Doe", "J.A. Doe", "JA Doe", "J A Doe".
  const initials = given.map((g) => escape(g.charAt(0)));
  for (let k = 1; k <= initials.length; k++) {
    const letters = initials.slice(0, k);
    out.push(`${letters.join('\\.\\s*')}\\.\\s*${surname}`, `${letters.join('\\s+')}\\s+${surname}`);
    if (k > 1) out.push(`${letters.join('')}\\s+${surname}`);
  }
  // A title with the surname, unless someone who may be named (the nominal) shares it.
  if (!notProtected.surnames.has(tokens[tokens.length - 1] ?? '')) {
    out.push(`(?:${[...TITLES].join('|')})\\.?\\s+${surname}`);
  }
  // Children are spoken of by their first name; nobody else is matched on a first name alone.
  const firstName = given[0] ?? '';
  if (kind === 'child' && firstName.length >= 3 && !notProtected.firstNames.has(firstName)) out.push(first);
  return out;
}

const STREET_TYPES: Readonly<Record<string, string>> = {
  road: 'road|rd',
  street: 'street|st',
  avenue: 'avenue|ave|av',
  lane: 'lane|ln',
  close: 'close|cl',
  drive: 'drive|dr',
  crescent: 'crescent|cres',
  place: 'place|pl',
  gardens: 'gardens|gdns',
  court: 'court|ct',
  terrace: 'terrace|terr|tce',
  grove: 'grove|gr',
  square: 'square|sq',
  way: 'way',
  walk: 'walk',
  row: 'row',
  mews: 'mews',
  hill: 'hill',
  park: 'park',
  rise: 'rise',
  view: 'view',
  green: 'green',
};
const streetTypeOf = (word: string) =>
  Object.entries(STREET_TYPES).find(([, forms]) => forms.split('|').includes(word.replace(/\.$/, '')));
const POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})$/;

/** The lines of an address that identify it: street lines (with or without the number) and the postcode, not the town. */
function addressPatterns(address: string): string[] {
  const out: string[] = [];
  for (const raw of fold(address).split(/[\n,]+/)) {
    const line = raw.trim().replace(/\s+/g, ' ');
    const postcode = POSTCODE.exec(line);
    if (postcode) {
      out.push(`${escape(postcode[1] ?? '')}\\s*${escape(postcode[2] ?? '')}`);
      continue;
    }
    const m = /^(?:(?:flat|apartment|unit)\s+\S+\s+)?(\d+[a-z]?)?\s*(.*)$/.exec(line);
    const number = m?.[1];
    const words = (m?.[2] ?? '').split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const last = words[words.length - 1] ?? '';
    const type = streetTypeOf(last);
    const numberPart = number ? `${escape(number)},?\\s*` : '';
    if (type && words.length >= 2) {
      const street = [...words.slice(0, -1).map(tokenPattern), `(?:${type[1]})\\.?`].join('\\s+');
      // The street alone reveals where the person lives, so it matches with or without the number.
      out.push(`(?:${numberPart})?${street}`);
    } else if (number && words.length >= 1) {
      out.push(`${numberPart}${words.map(tokenPattern).join('\\s+')}`);
    }
  }
  return out;
}

type NotProtected = { surnames: ReadonlySet<string>; firstNames: ReadonlySet<string> };

const compile = (patterns: readonly string[]): RegExp | undefined =>
  patterns.length === 0
    ? undefined
    : // Longest first, so "Jane Alice Doe's" is taken whole rather than as "Jane".
      new RegExp(`${BEFORE}(?:${[...new Set(patterns)].sort((a, b) => b.length - a.length).join('|')})${AFTER}`, 'gu');

/**
 * Compiles the case's protected people for matching. `notProtected` names people who may be named
 * (the nominal, the attendees): a title with a surname they share, or a first name they share, is
 * not taken as naming a protected person.
 */
export function protectedIndex(
  people: readonly ProtectedLike[],
  options: { notProtected?: readonly string[] } = {},
): ProtectedIndex {
  const others = (options.notProtected ?? []).map(tokensOf).filter((t) => t.length > 0);
  const notProtected: NotProtected = {
    surnames: new Set(others.filter((t) => t.length > 1).map((t) => t[t.length - 1] ?? '')),
    firstNames: new Set(others.map((t) => t[0] ?? '')),
  };
  const mailboxes = new Map<string, string>();
  const directoryIds = new Map<string, string>();
  const compiled: { personId: string; names: RegExp; addresses?: RegExp }[] = [];
  for (const p of people) {
    for (const e of p.emails ?? []) if (e.trim()) mailboxes.set(mailboxKey(e), p.id);
    if (p.directoryId) directoryIds.set(p.directoryId, p.id);
    const names = compile([p.name, ...(p.aliases ?? [])].flatMap((n) => namePatterns(n, p.kind, notProtected)));
    const addresses = compile((p.addresses ?? []).flatMap(addressPatterns));
    if (names) compiled.push({ personId: p.id, names, ...(addresses ? { addresses } : {}) });
    else if (addresses) compiled.push({ personId: p.id, names: addresses });
  }
  return { people: compiled, mailboxes, directoryIds };
}

export const noProtectedPeople: ProtectedIndex = protectedIndex([]);

const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:]+/g;

/** Every place the text names a protected person, in order, overlapping mentions joined. */
export function findProtected(text: string, index: ProtectedIndex): Mention[] {
  if (!text || (index.people.length === 0 && index.mailboxes.size === 0)) return [];
  const folded = fold(text);
  const found: Mention[] = [];
  for (const p of index.people) {
    for (const re of [p.names, p.addresses]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) {
        found.push({ start: m.index, end: m.index + m[0].length, personId: p.personId });
      }
    }
  }
  if (index.mailboxes.size > 0) {
    for (const m of text.matchAll(EMAIL)) {
      const personId = index.mailboxes.get(mailboxKey(m[0].replace(/\.+$/, '')));
      if (personId) found.push({ start: m.index, end: m.index + m[0].length, personId });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Mention[] = [];
  for (const m of found) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

export const namesProtectedPerson = (text: string, index: ProtectedIndex): boolean =>
  findProtected(text, index).length > 0;

/** The text with every mention of a protected person withheld and marked. */
export function withholdProtected(text: string, index: ProtectedIndex): { text: string; withheld: number } {
  const mentions = findProtected(text, index);
  if (mentions.length === 0) return { text, withheld: 0 };
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += text.slice(at, m.start) + WITHHELD;
    at = m.end;
  }
  return { text: out + text.slice(at), withheld: mentions.length };
}

export const withhold = (text: string, index: ProtectedIndex): string => withholdProtected(text, index).text;

export type ProtectedRecipientMatch = { personId: string; by: 'directoryId' | 'address' | 'name' };

/**
 * Whether a would-be recipient is a protected person: by directory id, by any known address (its
 * sub-address and alias forms folded), or by name (the recipient's name, or an address whose local
 * part spells it, such as jane.doe@…).
 */
export function protectedRecipient(
  r: { id?: string | undefined; name: string; email: string },
  index: ProtectedIndex,
): ProtectedRecipientMatch | undefined {
  const byId = r.id !== undefined ? index.directoryIds.get(r.id) : undefined;
  if (byId) return { personId: byId, by: 'directoryId' };
  const byAddress = index.mailboxes.get(mailboxKey(r.email));
  if (byAddress) return { personId: byAddress, by: 'address' };
  const local = (r.email.split('@')[0] ?? '').split('+')[0] ?? '';
  for (const candidate of [r.name, local.replace(/[._-]+/g, ' ')]) {
    const byName = findProtected(candidate, { ...index, mailboxes: new Map() })[0];
    if (byName) return { personId: byName.personId, by: 'name' };
  }
  return undefined;
}
