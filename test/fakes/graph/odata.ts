/**
 * The OData system query options the fake Graph understands, parsed as Graph documents them
 * (https://learn.microsoft.com/graph/query-parameters): `$filter` (comparison with `eq`/`ne`,
 * `and`, `or`, `not`, parentheses, `startswith`, and `any` lambdas over collections), `$select`,
 * `$expand`, `$top`, `$orderby`, `$search`, `$count` and `$skiptoken`. Anything outside that
 * subset is refused with 400, as Graph refuses what it cannot parse.
 */
import { GRAPH_ROOT } from './http';

type Literal = string | number | boolean | null;
export type Operand = { kind: 'path'; path: string[] } | { kind: 'literal'; value: Literal };
export type Expr =
  | { kind: 'cmp'; op: 'eq' | 'ne'; left: Operand; right: Operand }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'startswith'; target: Operand; prefix: Operand }
  | { kind: 'any'; collection: string[]; variable: string; predicate: Expr };

export type QueryOptions = {
  filter?: Expr;
  select?: string[];
  expand?: string[];
  top?: number;
  orderby?: { path: string[]; desc: boolean }[];
  search?: string;
  count?: boolean;
  skiptoken?: string;
};

type Token = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'sym'; v: string };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ' ') {
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('Unterminated string literal');
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push({ t: 'str', v });
    } else if ('(),:'.includes(c)) {
      out.push({ t: 'sym', v: c });
      i++;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(s.slice(i));
      if (!m) throw new Error(`Unexpected '${c}'`);
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_@$]/.test(c)) {
      const m = /^[A-Za-z_@$][A-Za-z0-9_./@$]*/.exec(s.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else {
      throw new Error(`Unexpected '${c}'`);
    }
  }
  return out;
}

/** Parses a `$filter` expression; throws with Graph-like wording on anything it does not support. */
export function parseFilter(text: string): Expr {
  const toks = tokenize(text);
  let p = 0;
  const peek = () => toks[p];
  const isWord = (w: string) => peek()?.t === 'id' && (peek()!.v as string).toLowerCase() === w;
  const expectSym = (v: string) => {
    const t = toks[p++];
    if (t?.t !== 'sym' || t.v !== v) throw new Error(`Expected '${v}'`);
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (isWord('or')) {
      p++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const andExpr = (): Expr => {
    let left = unary();
    while (isWord('and')) {
      p++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => {
    if (isWord('not')) {
      p++;
      return { kind: 'not', expr: unary() };
    }
    return primary();
  };
  const operand = (): Operand => {
    const t = toks[p++];
    if (!t) throw new Error('Unexpected end of filter');
    if (t.t === 'str' || t.t === 'num') return { kind: 'literal', value: t.v };
    if (t.t === 'id') {
      const low = t.v.toLowerCase();
      if (low === 'true' || low === 'false') return { kind: 'literal', value: low === 'true' };
      if (low === 'null') return { kind: 'literal', value: null };
      return { kind: 'path', path: t.v.split('/') };
    }
    throw new Error(`Unexpected '${t.v}'`);
  };
  const primary = (): Expr => {
    const t = peek();
    if (t?.t === 'sym' && t.v === '(') {
      p++;
      const e = orExpr();
      expectSym(')');
      return e;
    }
    if (t?.t === 'id' && t.v.toLowerCase() === 'startswith' && toks[p + 1]?.v === '(') {
      p += 2;
      const target = operand();
      expectSym(',');
      const prefix = operand();
      expectSym(')');
      return { kind: 'startswith', target, prefix };
    }
    if (t?.t === 'id' && /\/any$/i.test(t.v) && toks[p + 1]?.v === '(') {
      p += 2;
      const variable = toks[p++];
      if (variable?.t !== 'id') throw new Error('Expected a lambda variable');
      expectSym(':');
      const predicate = orExpr();
      expectSym(')');
      return { kind: 'any', collection: t.v.split('/').slice(0, -1), variable: variable.v, predicate };
    }
    const left = operand();
    const op = toks[p++];
    if (op?.t !== 'id' || !['eq', 'ne'].includes(op.v.toLowerCase())) {
      throw new Error(`Unsupported operator '${op?.v ?? ''}'`);
    }
    return { kind: 'cmp', op: op.v.toLowerCase() as 'eq' | 'ne', left, right: operand() };
  };
  const e = orExpr();
  if (p !== toks.length) throw new Error(`Unexpected '${String(toks[p]!.v)}'`);
  return e;
}

/** A property by name, case-insensitively as Graph matches property names. */
function prop(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  const rec = obj as Record<string, unknown>;
  if (name in rec) return rec[name];
  const key = Object.keys(rec).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : rec[key];
}

function resolve(path: readonly string[], obj: unknown, env: Record<string, unknown>): unknown {
  const [head, ...rest] = path;
  let cur = head !== undefined && head in env ? env[head] : prop(obj, head ?? '');
  for (const seg of rest) cur = prop(cur, seg);
  return cur;
}

const value = (o: Operand, obj: unknown, env: Record<string, unknown>) =>
  o.kind === 'literal' ? o.value : resolve(o.path, obj, env);

export function evaluate(e: Expr, obj: unknown, env: Record<string, unknown> = {}): boolean {
  switch (e.kind) {
    case 'and':
      return evaluate(e.left, obj, env) && evaluate(e.right, obj, env);
    case 'or':
      return evaluate(e.left, obj, env) || evaluate(e.right, obj, env);
    case 'not':
      return !evaluate(e.expr, obj, env);
    case 'cmp': {
      const l = value(e.left, obj, env) ?? null;
      const r = value(e.right, obj, env) ?? null;
      return e.op === 'eq' ? l === r : l !== r;
    }
    case 'startswith': {
      const t = value(e.target, obj, env);
      const pre = value(e.prefix, obj, env);
      return typeof t === 'string' && typeof pre === 'string' && t.startsWith(pre);
    }
    case 'any': {
      const coll = resolve(e.collection, obj, env);
      return Array.isArray(coll) && coll.some((x) => evaluate(e.predicate, obj, { ...env, [e.variable]: x }));
    }
  }
}

/** Every property path a filter reads (lambda variables excluded), e.g. to check SharePoint's indexed columns. */
export function pathsIn(e: Expr, bound: ReadonlySet<string> = new Set()): string[][] {
  const fromOperand = (o: Operand) => (o.kind === 'path' && !bound.has(o.path[0]!) ? [o.path] : []);
  switch (e.kind) {
    case 'and':
    case 'or':
      return [...pathsIn(e.left, bound), ...pathsIn(e.right, bound)];
    case 'not':
      return pathsIn(e.expr, bound);
    case 'cmp':
      return [...fromOperand(e.left), ...fromOperand(e.right)];
    case 'startswith':
      return [...fromOperand(e.target), ...fromOperand(e.prefix)];
    case 'any':
      return [e.collection, ...pathsIn(e.predicate, new Set([...bound, e.variable]))];
  }
}

/** Splits on commas outside parentheses: `fields($select=a,b),x` is two items. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/** The system query options of a request, or the message Graph would answer 400 with. */
export function parseQueryOptions(q: URLSearchParams): QueryOptions | string {
  const out: QueryOptions = {};
  try {
    const filter = q.get('$filter');
    if (filter !== null) out.filter = parseFilter(filter);
  } catch (e) {
    return `Invalid filter clause: ${(e as Error).message}`;
  }
  const select = q.get('$select');
  if (select !== null) out.select = splitTopLevel(select);
  const expand = q.get('$expand');
  if (expand !== null) out.expand = splitTopLevel(expand).map((x) => x.replace(/\(.*$/, ''));
  const top = q.get('$top');
  if (top !== null) {
    if (!/^\d+$/.test(top)) return `Invalid value '${top}' for $top`;
    out.top = Number(top);
  }
  const orderby = q.get('$orderby');
  if (orderby !== null) {
    out.orderby = splitTopLevel(orderby).map((o) => {
      const [path, dir] = o.split(/\s+/);
      return { path: path!.split('/'), desc: dir?.toLowerCase() === 'desc' };
    });
  }
  const search = q.get('$search');
  if (search !== null) {
    if (!/^".*"$/.test(search)) return 'The $search value must be in double quotes';
    out.search = search.slice(1, -1);
  }
  const count = q.get('$count');
  if (count !== null) out.count = count === 'true';
  const skiptoken = q.get('$skiptoken');
  if (skiptoken !== null) out.skiptoken = skiptoken;
  return out;
}

/** `$select`: the named properties (and `id`, and OData annotations), case-insensitively. */
export function applySelect<T extends Record<string, unknown>>(o: T, select: readonly string[] | undefined) {
  if (!select) return o;
  const keep = new Set(['id', ...select].map((s) => s.toLowerCase()));
  return Object.fromEntries(Object.entries(o).filter(([k]) => keep.has(k.toLowerCase()) || k.startsWith('@odata')));
}

/**
 * One page of a collection: `$orderby`, then `$skiptoken` (here an opaque offset) and `$top`
 * (or the service's own page size), with an absolute `@odata.nextLink` as Graph gives it.
 */
export function page<T>(
  all: readonly T[],
  opts: QueryOptions,
  req: { rawPath: string; query: URLSearchParams },
  pageSize: number,
): { value: T[]; '@odata.nextLink'?: string; '@odata.count'?: number } {
  const items = [...all];
  for (const o of [...(opts.orderby ?? [])].reverse()) {
    items.sort((a, b) => {
      const x = String(resolve(o.path, a, {}) ?? '');
      const y = String(resolve(o.path, b, {}) ?? '');
      return (x < y ? -1 : x > y ? 1 : 0) * (o.desc ? -1 : 1);
    });
  }
  const skip = opts.skiptoken ? Number(opts.skiptoken.replace(/^o/, '')) : 0;
  const size = Math.min(opts.top ?? pageSize, pageSize);
  const value = items.slice(skip, skip + size);
  let next: string | undefined;
  if (skip + size < items.length) {
    const q = new URLSearchParams(req.query);
    q.set('$skiptoken', `o${skip + size}`);
    next = `${GRAPH_ROOT}${req.rawPath}?${q.toString()}`;
  }
  return {
    value,
    ...(next ? { '@odata.nextLink': next } : {}),
    ...(opts.count ? { '@odata.count': items.length } : {}),
  };
}
