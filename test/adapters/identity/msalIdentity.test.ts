/** @jest-environment jsdom */
/**
 * The identity adapter with MSAL replaced by fakes: Nested App Authentication in Microsoft hosts,
 * the redirect flow in a plain browser, nothing in local mode, and never local storage.
 */
import {
  BrowserAuthError,
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
} from '@azure/msal-browser';
import type { HostContext } from '../../../src/core/host';
import { createTokenPort } from '../../../src/adapters/identity/msalIdentity';
import { SignInError } from '../../../src/core/shared/errors';

jest.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  class BrowserAuthError extends Error {
    constructor(readonly errorCode: string) {
      super(errorCode);
    }
  }
  return {
    BrowserCacheLocation: {
      LocalStorage: 'localStorage',
      SessionStorage: 'sessionStorage',
      MemoryStorage: 'memoryStorage',
    },
    BrowserAuthErrorCodes: {
      noAccountError: 'no_account_error',
      popupWindowError: 'popup_window_error',
      emptyWindowError: 'empty_window_error',
    },
    BrowserAuthError,
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: jest.fn(),
    PublicClientApplication: jest.fn(),
  };
});

const nestable = jest.mocked(createNestablePublicClientApplication);
const Standard = jest.mocked(PublicClientApplication);

const config = { clientId: '11111111-2222-4333-8444-555555555555', tenantId: 'f1c7a0de-0000-4000-8000-00000000aaaa' };
const account = {
  homeAccountId: 'a1b2c3d4-0000-4000-8000-000000000001.f1c7a0de-0000-4000-8000-00000000aaaa',
  tenantId: config.tenantId,
  username: 'jordan.clarke@mentalhealth.example.nhs.uk',
  localAccountId: 'a1b2c3d4-0000-4000-8000-000000000001',
  environment: 'login.microsoftonline.com',
};

function hostContext(host: HostContext['host'], user: HostContext['user'] = undefined): HostContext {
  return {
    host,
    surface: 'sidePanel',
    theme: 'light',
    locale: 'en-GB',
    ...(user ? { user } : {}),
    capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: host !== 'browser' },
  };
}

const teamsUser = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  tenantId: config.tenantId,
  loginHint: 'jordan.clarke@mentalhealth.example.nhs.uk',
  name: 'jordan.clarke@mentalhealth.example.nhs.uk',
};

function fakePca() {
  return {
    initialize: jest.fn().mockResolvedValue(undefined),
    handleRedirectPromise: jest.fn().mockResolvedValue(null),
    getAccount: jest.fn().mockReturnValue(null),
    getAllAccounts: jest.fn().mockReturnValue([]),
    getActiveAccount: jest.fn().mockReturnValue(null),
    setActiveAccount: jest.fn(),
    acquireTokenSilent: jest.fn(),
    acquireTokenPopup: jest.fn(),
    acquireTokenRedirect: jest.fn().mockResolvedValue(undefined),
  };
}
type FakePca = ReturnType<typeof fakePca>;

function useNestable(pca: FakePca) {
  nestable.mockResolvedValue(pca as never);
}
function useStandard(pca: FakePca) {
  Standard.mockImplementation(() => pca as never);
}

let setItem: jest.SpyInstance;
beforeEach(() => {
  nestable.mockReset();
  Standard.mockReset();
  setItem = jest.spyOn(Storage.prototype, 'setItem');
});
afterEach(() => {
  // Whatever the path, nothing reached local storage.
  expect(setItem.mock.contexts.filter((storage) => storage === window.localStorage)).toHaveLength(0);
  expect(window.localStorage).toHaveLength(0);
});

describe('inside Teams, Outlook or the Microsoft 365 app', () => {
  it('uses Nested App Authentication with a session-storage cache, created on the first request', async () => {
    const pca = fakePca();
    pca.getAccount.mockReturnValue(account);
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'token-silent' });
    useNestable(pca);

    const port = createTokenPort(config, hostContext('teams', teamsUser));
    expect(nestable).not.toHaveBeenCalled();

    await expect(port.getAccessToken(['User.Read'])).resolves.toBe('token-silent');
    await expect(port.getAccessToken(['User.Read'])).resolves.toBe('token-silent');
    expect(nestable).toHaveBeenCalledTimes(1);
    expect(nestable.mock.calls[0]?.[0]).toEqual({
      auth: {
        clientId: config.clientId,
        authority: `https://login.microsoftonline.com/${config.tenantId}`,
        redirectUri: 'http://localhost',
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
    expect(pca.getAccount).toHaveBeenCalledWith({ homeAccountId: `${teamsUser.id}.${teamsUser.tenantId}` });
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['User.Read'], account });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(Standard).not.toHaveBeenCalled();
  });

  it('asks the host for consent with a popup when the silent request needs the user', async () => {
    const pca = fakePca();
    pca.acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError('consent_required', 'The user must sign in again.'),
    );
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'token-popup', account });
    useNestable(pca);

    const port = createTokenPort(
      config,
      hostContext('outlook', { loginHint: teamsUser.loginHint, tenantId: config.tenantId }),
    );
    await expect(port.getAccessToken(['Calendars.ReadWrite'])).resolves.toBe('token-popup');
    expect(pca.getAccount).toHaveBeenCalledWith({ loginHint: teamsUser.loginHint, tenantId: config.tenantId });
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ['Calendars.ReadWrite'],
      loginHint: teamsUser.loginHint,
    });
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
  });

  it('falls back to the popup when MSAL has no account yet', async () => {
    const pca = fakePca();
    pca.acquireTokenSilent.mockRejectedValue(new BrowserAuthError('no_account_error', ''));
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'token-popup', account });
    useNestable(pca);
    await expect(createTokenPort(config, hostContext('office')).getAccessToken(['User.Read'])).resolves.toBe(
      'token-popup',
    );
  });

  it('passes other failures on without prompting', async () => {
    const pca = fakePca();
    pca.acquireTokenSilent.mockRejectedValue(new BrowserAuthError('network_error', ''));
    useNestable(pca);
    await expect(
      createTokenPort(config, hostContext('teams', teamsUser)).getAccessToken(['User.Read']),
    ).rejects.toThrow('network_error');
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });
});

describe('in a plain browser', () => {
  it('completes a redirect sign-in and then gets tokens silently', async () => {
    const pca = fakePca();
    pca.handleRedirectPromise.mockResolvedValue({ accessToken: 'from-redirect', account });
    pca.getActiveAccount.mockImplementation(() => (pca.setActiveAccount.mock.calls.length ? account : null));
    pca.acquireTokenSilent.mockResolvedValue({ accessToken: 'token-silent' });
    useStandard(pca);

    const port = createTokenPort({ ...config, redirectUri: 'https://panels.example.org/' }, hostContext('browser'));
    await expect(port.getAccessToken(['User.Read'])).resolves.toBe('token-silent');
    expect(Standard).toHaveBeenCalledWith({
      auth: {
        clientId: config.clientId,
        authority: `https://login.microsoftonline.com/${config.tenantId}`,
        redirectUri: 'https://panels.example.org/',
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
    expect(pca.initialize).toHaveBeenCalled();
    expect(pca.setActiveAccount).toHaveBeenCalledWith(account);
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['User.Read'], account });
    expect(pca.acquireTokenRedirect).not.toHaveBeenCalled();
    expect(nestable).not.toHaveBeenCalled();
  });

  it('redirects to sign in when nobody is signed in, and says so', async () => {
    const pca = fakePca();
    useStandard(pca);
    const port = createTokenPort(config, hostContext('browser'));
    await expect(port.getAccessToken(['User.Read'])).rejects.toThrow(SignInError);
    expect(pca.acquireTokenSilent).not.toHaveBeenCalled();
    expect(pca.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ['User.Read'] });
  });

  it('asks for consent to more scopes in a pop-up, keeping the page, when signed in already', async () => {
    const pca = fakePca();
    pca.getAllAccounts.mockReturnValue([account]);
    pca.acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError('consent_required', 'The user must consent.'),
    );
    pca.acquireTokenPopup.mockResolvedValue({ accessToken: 'token-consented', account });
    useStandard(pca);
    const port = createTokenPort(config, hostContext('browser'));
    await expect(port.getAccessToken(['User.Read', 'Mail.Send'])).resolves.toBe('token-consented');
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ['User.Read', 'Mail.Send'], account });
    expect(pca.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('redirects when the silent request needs the user and the pop-up is blocked', async () => {
    const pca = fakePca();
    pca.getAllAccounts.mockReturnValue([account]);
    pca.acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError('login_required', 'The user must sign in again.'),
    );
    pca.acquireTokenPopup.mockRejectedValue(new BrowserAuthError('popup_window_error', ''));
    useStandard(pca);
    const port = createTokenPort(config, hostContext('browser'));
    await expect(port.getAccessToken(['User.Read'])).rejects.toThrow('Signing you in with Microsoft');
    expect(pca.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ['User.Read'], account });
  });
});

describe('a host without Nested App Authentication', () => {
  it('says it cannot sign in, without trying a redirect the frame would refuse', async () => {
    const context = {
      ...hostContext('outlook', teamsUser),
      capabilities: { ...hostContext('outlook').capabilities, nestedAppAuth: false },
    };
    const port = createTokenPort(config, context);
    await expect(port.getAccessToken(['User.Read'])).rejects.toThrow(
      'This version of Teams or Outlook cannot sign you in to MAPPA Panel.',
    );
    expect(nestable).not.toHaveBeenCalled();
    expect(Standard).not.toHaveBeenCalled();
  });
});

describe('local mode and bad settings', () => {
  it('refuses to create a sign-in in local mode', () => {
    expect(() => createTokenPort(config, hostContext('local'))).toThrow('Local mode has no sign-in');
    expect(nestable).not.toHaveBeenCalled();
    expect(Standard).not.toHaveBeenCalled();
  });

  it('names what is missing from the settings', () => {
    expect(() => createTokenPort({ clientId: ' ', tenantId: config.tenantId }, hostContext('teams'))).toThrow(
      'Sign-in is not configured correctly: the app registration’s client id is missing.',
    );
  });
});
