/**
 * The identity adapter: the only module that talks to `@azure/msal-browser`. Inside Teams,
 * Outlook or the Microsoft 365 app it signs in with Nested App Authentication (the host brokers
 * the token, no server, no on-behalf-of flow); in a plain browser it uses the standard redirect
 * flow. Tokens live in MSAL's session-storage cache, never in local storage. Local mode has no
 * sign-in at all and never creates this port.
 *
 * Consent is incremental: each call asks for the scopes one request needs (the sign-in set, plus
 * scheduling's or mail's the first time those are used). When a silent request needs the user
 * (a scope not yet consented), the user sees a consent prompt there and then — the host's in Teams
 * and Outlook, a pop-up in a browser — and the operation carries on with the new token.
 */
import {
  type AccountInfo,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  BrowserCacheLocation,
  type Configuration,
  createNestablePublicClientApplication,
  type IPublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
} from '@azure/msal-browser';
import { z } from 'zod';
import type { HostContext } from '../../core/host';
import type { TokenPort } from '../../core/ports';
import { SignInError } from '../../core/shared/errors';
import { lazySchema } from '../../core/shared/lazySchema';

export type IdentityConfig = {
  clientId: string;
  tenantId: string;
  /** Defaults to `https://login.microsoftonline.com/<tenantId>`. */
  authority?: string;
  /** Defaults to the page's origin. */
  redirectUri?: string;
};

const ConfigSchema = lazySchema(() =>
  z.object({
    clientId: z.string().trim().min(1, 'the app registration’s client id is missing'),
    tenantId: z.string().trim().min(1, 'the tenant id is missing'),
    authority: z.string().url('the sign-in authority must be a web address').optional(),
    redirectUri: z.string().url('the redirect address must be a web address').optional(),
  }),
);

/** The person closed or refused the consent prompt: name what was asked for, and who else can consent. */
const consentNotGiven = (scopes: readonly string[]) =>
  new SignInError(
    `Microsoft 365 did not give MAPPA Panel the permissions ${scopes.join(', ')}. Consent when asked, or ask ` +
      'your Microsoft 365 administrator to consent for the organisation; nothing has been lost.',
  );

const NAA_HOSTS: ReadonlySet<HostContext['host']> = new Set(['teams', 'outlook', 'office']);

function msalConfiguration(config: z.infer<typeof ConfigSchema>): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority ?? `https://login.microsoftonline.com/${config.tenantId}`,
      redirectUri: config.redirectUri ?? window.location.origin,
    },
    // Session storage: tokens end with the tab and are never shared through local storage.
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  };
}

/** The user must act (consent, sign in again), or MSAL has no account to be silent with. */
function isInteractionRequired(error: unknown): boolean {
  if (error instanceof InteractionRequiredAuthError) return true;
  return error instanceof BrowserAuthError && error.errorCode === BrowserAuthErrorCodes.noAccountError;
}

const isPopupBlocked = (error: unknown) =>
  error instanceof BrowserAuthError &&
  (error.errorCode === BrowserAuthErrorCodes.popupWindowError ||
    error.errorCode === BrowserAuthErrorCodes.emptyWindowError);

/** The host's signed-in user, if MSAL already knows them. */
function hostAccount(pca: IPublicClientApplication, host: HostContext): AccountInfo | null {
  const user = host.user;
  if (!user) return null;
  if (user.id && user.tenantId) {
    const byId = pca.getAccount({ homeAccountId: `${user.id}.${user.tenantId}` });
    if (byId) return byId;
  }
  if (!user.loginHint) return null;
  return pca.getAccount({ loginHint: user.loginHint, ...(user.tenantId ? { tenantId: user.tenantId } : {}) });
}

function nestedAppAuthPort(configuration: Configuration, host: HostContext): TokenPort {
  let client: Promise<IPublicClientApplication> | undefined;
  const pca = () => (client ??= createNestablePublicClientApplication(configuration));
  return {
    async getAccessToken(scopes) {
      const app = await pca();
      const account = hostAccount(app, host);
      const request = { scopes: [...scopes], ...(account ? { account } : {}) };
      try {
        return (await app.acquireTokenSilent(request)).accessToken;
      } catch (error) {
        if (!isInteractionRequired(error)) throw error;
        // The host shows its sign-in or consent prompt (for scopes asked for the first time); the
        // pop-up is brokered by Teams or Outlook.
        const result = await app
          .acquireTokenPopup({
            ...request,
            ...(host.user?.loginHint ? { loginHint: host.user.loginHint } : {}),
          })
          .catch(() => Promise.reject(consentNotGiven(scopes)));
        if (result.account) app.setActiveAccount(result.account);
        return result.accessToken;
      }
    },
  };
}

function redirectPort(configuration: Configuration): TokenPort {
  let client: Promise<IPublicClientApplication> | undefined;
  const pca = () =>
    (client ??= (async () => {
      const app = new PublicClientApplication(configuration);
      await app.initialize();
      // Completes a sign-in this page was redirected back from.
      const result = await app.handleRedirectPromise();
      if (result?.account) app.setActiveAccount(result.account);
      return app;
    })());
  return {
    async getAccessToken(scopes) {
      const app = await pca();
      const account = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;
      if (account) {
        try {
          return (await app.acquireTokenSilent({ scopes: [...scopes], account })).accessToken;
        } catch (error) {
          if (!isInteractionRequired(error)) throw error;
        }
        // Signed in already, so this is consent to more scopes: a pop-up keeps the operation in
        // hand, where a redirect would leave the page. A blocked pop-up falls back to the redirect.
        try {
          return (await app.acquireTokenPopup({ scopes: [...scopes], account })).accessToken;
        } catch (error) {
          if (!isPopupBlocked(error)) throw consentNotGiven(scopes);
        }
      }
      await app.acquireTokenRedirect({ scopes: [...scopes], ...(account ? { account } : {}) });
      // The page is leaving for Microsoft's sign-in; this call's caller will not get a token.
      throw new SignInError('Signing you in with Microsoft: this page will reload when you have signed in.');
    },
  };
}

/**
 * A token port for Microsoft Graph. Inside a Microsoft host: Nested App Authentication; in a plain
 * browser: the redirect flow. MSAL is created on the first token request, not before.
 */
export function createTokenPort(config: IdentityConfig, host: HostContext): TokenPort {
  if (host.host === 'local') {
    throw new SignInError('Local mode has no sign-in: it keeps fictional demo data in this browser only.');
  }
  const parsed = ConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new SignInError(
      `Sign-in is not configured correctly: ${parsed.error.issues.map((i) => i.message).join('; ')}.`,
    );
  }
  const configuration = msalConfiguration(parsed.data);
  if (!NAA_HOSTS.has(host.host)) return redirectPort(configuration);
  // Inside a host the redirect flow cannot run (sign-in pages refuse to be framed): without Nested App
  // Authentication there is no way to sign in, so say so rather than fail obscurely.
  // https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
  if (!host.capabilities.nestedAppAuth) return noNestedAppAuthPort();
  return nestedAppAuthPort(configuration, host);
}

function noNestedAppAuthPort(): TokenPort {
  return {
    getAccessToken() {
      return Promise.reject(
        new SignInError(
          'This version of Teams or Outlook cannot sign you in to MAPPA Panel. Update it, or open MAPPA Panel in a web browser.',
        ),
      );
    },
  };
}
