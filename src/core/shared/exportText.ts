/**
 * Characters a Word document (XML 1.0) or a spreadsheet cannot hold: C0 controls other than tab,
 * line feed and carriage return, DEL and C1 controls, unpaired surrogates, and the noncharacters
 * U+FFFE and U+FFFF. One such character makes a .docx unreadable, so exports remove them.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters an export cannot hold removed. */
export const exportSafe = (text: string): string => text.replace(UNSAFE, '');

/** A copy of a document with every string made export-safe (keys and structure kept). */
export function exportSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return exportSafe(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => exportSafeDeep(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exportSafeDeep(v)])) as T;
  }
  return value;
}
