import type { Page, PageRequest, Stored } from '../ports';
import { orderKey, type DocumentKind, type Identified } from './defineDocument';

/** Compares two strings as IndexedDB compares keys: by UTF-16 code units, not by locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The page a request asks for, from documents already read (every one the filter selects): sorted
 * by the order's key, ties by id, in the direction asked, then cut at `offset` and `limit`. The
 * stores that cannot read a page on its own (memory, Microsoft 365) answer through this.
 */
export function pageFrom<T extends Identified>(
  kind: DocumentKind<T>,
  selected: readonly Stored<T>[],
  request: PageRequest,
): Page<T> {
  const sign = request.direction === 'descending' ? -1 : 1;
  const keyed = selected.map((s) => ({ s, key: orderKey(kind, request.orderBy, s.doc) }));
  keyed.sort((a, b) => sign * (byCodeUnits(a.key, b.key) || byCodeUnits(a.s.doc.id, b.s.doc.id)));
  const offset = Math.max(0, request.offset ?? 0);
  return {
    items: keyed.slice(offset, offset + Math.max(0, request.limit)).map((k) => k.s),
    total: selected.length,
  };
}
