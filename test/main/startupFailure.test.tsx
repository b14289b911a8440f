/** @jest-environment jsdom */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { screen, waitFor } from '@testing-library/react';

import { renderStartupFailure } from '../../src/main/startupFailure';
import { msg } from '../../src/i18n/message';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the start-up failure page', () => {
  it('says what happened in English and Welsh, each marked with its language, before any catalogue is chosen', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () => renderStartupFailure(root, undefined));
    expect(screen.getByRole('heading', { name: 'MAPPA Panel could not start' })).toHaveAttribute('lang', 'en-GB');
    expect(screen.getByRole('heading', { name: 'Nid oedd modd cychwyn Panel MAPPA' })).toHaveAttribute('lang', 'cy');
    act(() => root.unmount());
  });

  it('says an app error’s message in both languages once they have loaded', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () =>
      renderStartupFailure(root, msg('errors.host.unsupportedFrame', { frameContext: 'meetingChat' })),
    );
    await waitFor(() =>
      expect(
        screen.getByText('The host opened the app in a frame it does not support (“meetingChat”).'),
      ).toHaveAttribute('lang', 'en-GB'),
    );
    expect(
      screen.getByText('Agorodd y gwesteiwr yr ap mewn ffrâm nad yw’n ei chefnogi (“meetingChat”).'),
    ).toHaveAttribute('lang', 'cy');
    act(() => root.unmount());
  });
});
