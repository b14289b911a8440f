/** @jest-environment jsdom */
import { act, render, waitFor } from '@testing-library/react';

import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { resetMinutesSessions, useMinutes } from '../../../src/app/minutes/useMinutes';
import type { MinutesSession } from '../../../src/app/minutes/minutesSession';
import { demoServices } from '../../support/demoServices';

const CASE = 'case_demo_0102';

function Probe({ onSession }: { onSession: (s: MinutesSession) => void }) {
  const { session } = useMinutes(CASE);
  if (session) onSession(session);
  return null;
}

describe('useMinutes', () => {
  afterEach(() => {
    jest.useRealTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    resetMinutesSessions();
  });

  it.each([
    ['the page is left', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the page is hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes the last keystrokes to the device at once when %s', async (_, leave) => {
    const services = await demoServices();
    let session: MinutesSession | undefined;
    render(
      <ServicesProvider services={services}>
        <Probe onSession={(s) => (session = s)} />
      </ServicesProvider>,
    );
    await waitFor(() => expect(session).toBeDefined());
    await session!.autosave.settled();
    const prefix = `minutes:${session!.meetingId}`;
    const before = (await services.drafts.list(prefix)).map((d) => d.doc);

    // The draft's short timer never runs here: only leaving the page can write it.
    jest.useFakeTimers();
    act(() => void session!.autosave.edit((m) => ({ ...m, equality: { text: 'Large print papers needed' } })));
    const drafts = async () => (await services.drafts.list(prefix)).map((d) => d.doc);
    expect(await drafts()).toEqual(before);
    await act(async () => leave());
    expect(await drafts()).toContainEqual(expect.objectContaining({ equality: { text: 'Large print papers needed' } }));
  });
});
