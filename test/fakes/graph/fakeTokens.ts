import type { TokenPort } from '../../../src/core/ports';
import { SignInError } from '../../../src/core/shared/errors';
import { fakeToken } from './permissions';

/**
 * A token port for tests. Each token carries exactly the scopes asked for (stricter than Entra ID,
 * whose tokens carry every consented scope), so the fake Graph refuses a request an adapter did not
 * ask the right scopes for. The first request for a scope counts as an interactive consent prompt;
 * a scope in `declined` is refused there, as when the user (or a missing admin consent) says no.
 */
export function fakeTokenPort(opts: { consented?: readonly string[]; declined?: readonly string[] } = {}) {
  const consented = new Set(opts.consented ?? []);
  const prompts: string[][] = [];
  const requests: string[][] = [];
  const port: TokenPort = {
    async getAccessToken(scopes) {
      requests.push([...scopes]);
      const missing = scopes.filter((s) => !consented.has(s));
      if (missing.length) {
        prompts.push(missing);
        const refused = missing.filter((s) => opts.declined?.includes(s));
        if (refused.length) throw new SignInError(`Consent was not given for ${refused.join(', ')}`);
        missing.forEach((s) => consented.add(s));
      }
      return fakeToken(scopes);
    },
  };
  return { port, prompts, requests, consented };
}
