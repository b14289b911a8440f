import type { z } from 'zod';

import { MinutesSchema } from './minutes.schema';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch']);

/** The schema at a dot path: object keys by name, one segment (any, e.g. `*` or an id) per array item. */
function schemaAt(schema: z.ZodType, parts: readonly string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  let i = 0;
  while (node) {
    const def = defOf(node);
    if (WRAPPERS.has(def.type)) node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else if (i === parts.length) return node;
    else if (def.type === 'object') node = def.shape?.[parts[i++]!];
    else if (def.type === 'array') {
      i++;
      node = def.element;
    } else return undefined;
  }
  return undefined;
}

/** The most characters the schema allows at a dot path, or undefined where it sets no limit. */
export function textLimitAt(schema: z.ZodType, path: string): number | undefined {
  const leaf = schemaAt(schema, path.split('.'));
  const max = leaf && defOf(leaf).type === 'string' ? (leaf as z.ZodString).maxLength : undefined;
  return max ?? undefined;
}

const limits = new Map<string, number | undefined>();

/**
 * The limit of a minutes text field, read from the minutes' schema itself, so a form can never
 * allow more (or less) than a save accepts. Paths name array items by any segment:
 * `attendance.*.person.name`.
 */
export function minutesTextLimit(path: string): number | undefined {
  if (!limits.has(path)) limits.set(path, textLimitAt(MinutesSchema, path));
  return limits.get(path);
}
