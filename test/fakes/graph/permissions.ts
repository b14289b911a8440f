/**
 * Scope enforcement for the fake Graph: a request is answered 403 unless one of its token's scopes
 * covers it, per the table derived from Microsoft's permission data
 * (scripts/derive-graph-permissions.mjs). Under `Sites.Selected` the site's grant must also hold
 * the role the request needs.
 */
import { err, type Res } from './http';
import table from './permissionTable.json';
import type { SiteRole } from './state';

type Entry = { method: string; path: string; scopes: string[]; sitesSelectedRole?: string };
const entries = new Map((table.routes as Entry[]).map((e) => [`${e.method} ${e.path}`, e]));

const ROLE_ORDER: readonly string[] = ['read', 'write', 'manage', 'fullcontrol'];

/** The table's entry for a route template, if the data covers it. */
export const permissionEntry = (method: string, template: string): Entry | undefined =>
  entries.get(`${method} ${template.toLowerCase()}`);

/** The scopes a fake token carries, or undefined when the header holds none (or no valid token). */
export function scopesFromAuthorization(header: string | undefined): string[] | undefined {
  const m = /^Bearer [^.]+\.([^.]+)\.[^.]*$/.exec(header ?? '');
  if (!m) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as { scp?: unknown };
    return typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : undefined;
  } catch {
    return undefined;
  }
}

/** A token the fake Graph reads: a JWT's shape with the delegated scopes in `scp`, unsigned. */
export function fakeToken(scopes: readonly string[]): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ aud: 'https://graph.microsoft.com', scp: scopes.join(' ') })}.`;
}

/** Graph's 403 wording differs by workload; the code is what callers look at. */
function forbidden(template: string): Res {
  const t = template.toLowerCase();
  if (t.startsWith('/sites/')) return err(403, 'accessDenied', 'Access denied');
  if (t.startsWith('/me/events') || t.startsWith('/me/calendar') || t === '/me/sendmail') {
    return err(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  if (t.startsWith('/chats/') || t.startsWith('/me/onlinemeetings')) {
    return err(403, 'Forbidden', 'Missing scope permissions on the request.');
  }
  return err(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** 403 when the token's scopes do not cover the request (or the site grant is too weak); else undefined. */
export function checkScopes(
  method: string,
  template: string,
  scopes: readonly string[],
  siteRole: SiteRole | 'none',
): Res | undefined {
  const entry = permissionEntry(method, template);
  // A request the table does not list is refused, so a new request cannot slip past the check.
  if (!entry) return forbidden(template);
  const granted = entry.scopes.filter((s) => scopes.includes(s));
  if (granted.length === 0) return forbidden(template);
  if (granted.length === 1 && granted[0] === 'Sites.Selected') {
    const need = ROLE_ORDER.indexOf(entry.sitesSelectedRole ?? 'read');
    if (siteRole === 'none' || ROLE_ORDER.indexOf(siteRole) < need) return forbidden(template);
  }
  return undefined;
}
