/**
 * A small router for the fake Graph: each resource module lists its routes as a method and a path
 * template in Microsoft's permission-data form (`/sites/{id}/lists/{id}/items`, lower case, `{id}`
 * for one segment, `root:/{path}:` for a drive path), so the template that matched is also the key
 * into the permission table.
 */
import type { ParsedRequest, Res } from './http';
import type { QueryOptions } from './odata';
import type { FakeState } from './state';

export type RouteContext = {
  req: ParsedRequest;
  /** The `{id}` segments in order, and `path` for a drive path. */
  ids: string[];
  path?: string;
  opts: QueryOptions;
  state: FakeState;
};

export type Route = {
  method: string;
  template: string;
  /** The name `npm run check:graph` maps to a request-body schema. */
  name: string;
  handle(ctx: RouteContext): Res;
};

/** Collapses a drive path (`root:`, …, `name:`) into one segment, as Graph addresses it. */
function collapseDrivePath(segments: readonly string[]): { segs: string[]; path?: string } {
  const start = segments.findIndex((s) => s === 'root:');
  if (start < 0) return { segs: [...segments] };
  const end = segments.findIndex((s, i) => i > start && s.endsWith(':'));
  if (end < 0) return { segs: [...segments] };
  const path = [segments.slice(start + 1, end).join('/'), segments[end]!.slice(0, -1)].filter(Boolean).join('/');
  return { segs: [...segments.slice(0, start), 'root:/{path}:', ...segments.slice(end + 1)], path };
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  segments: readonly string[],
): { route: Route; ids: string[]; path?: string } | undefined {
  const { segs, path } = collapseDrivePath(segments);
  for (const route of routes) {
    if (route.method !== method) continue;
    const t = collapseDrivePath(route.template.split('/').filter(Boolean)).segs;
    if (t.length !== segs.length) continue;
    const ids: string[] = [];
    let ok = true;
    for (let i = 0; i < t.length && ok; i++) {
      if (t[i] === '{id}') ids.push(segs[i]!);
      else ok = t[i]!.toLowerCase() === segs[i]!.toLowerCase();
    }
    if (ok) return { route, ids, ...(path !== undefined ? { path } : {}) };
  }
  return undefined;
}
