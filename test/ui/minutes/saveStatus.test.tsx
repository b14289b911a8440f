/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import userEvent from '@testing-library/user-event';

import type { AutosaveState } from '../../../src/app/autosave/autosaveState';
import { MinutesSession } from '../../../src/app/minutes/minutesSession';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { contentOf, minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { SaveStatus } from '../../../src/ui/minutes/SaveStatus';
import { MemoryTab } from '../../../src/adapters/memory/memoryDraftStore';
import { demoServices } from '../../support/demoServices';
import { renderWith } from '../../support/renderWith';

const CASE = 'case_demo_0102';

/** SaveStatus as a surface shows it: following the session's state. */
function LiveStatus({ session }: { session: MinutesSession }) {
  const state = useSyncExternalStore(session.autosave.subscribe, session.autosave.getSnapshot);
  return <SaveStatus state={state} session={session} />;
}

describe('SaveStatus', () => {
  it('tells a tab left open that the minutes were signed, and offers its edit as a correction', async () => {
    const services = await demoServices();
    const session = await MinutesSession.open(services, CASE, undefined);
    if (!(session instanceof MinutesSession)) throw new Error(JSON.stringify(session.error));
    await session.autosave.flush();

    // Someone else signs the minutes from another tab.
    const col = services.storage.collection(minutesKind);
    const stored = (await col.get(session.meetingId))!;
    const at = '2026-11-20T11:00:00.000Z';
    const signed: Minutes = {
      ...stored.doc,
      status: 'final',
      versions: [{ number: 1, signedBy: services.me, at, content: contentOf(stored.doc) }],
    };
    await col.update(signed, stored.version);

    session.autosave.edit((m) => ({ ...m, media: { ...m.media, plan: 'Written after signing' } }));
    await session.autosave.flush();
    const offered: Minutes[] = [];
    renderWith(
      services,
      <SaveStatus
        state={session.autosave.getSnapshot()}
        session={session}
        onOfferCorrection={(c) => offered.push(c)}
      />,
    );
    expect(screen.getByText(/these minutes were signed while you were editing/)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Signed by ${services.me.name}`))).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Offer my change as a correction' }));
    expect(offered[0]?.media.plan).toBe('Written after signing');
    expect(screen.getByRole('button', { name: 'Discard my change' })).toBeInTheDocument();
    expect((await col.get(session.meetingId))?.doc.media.plan).toBe(stored.doc.media.plan);
  });

  it('announces saving, saved, a failed save and a conflict through one live region that is there from the start', async () => {
    const services = await demoServices();
    const session = await MinutesSession.open(services, CASE, undefined);
    if (!(session instanceof MinutesSession)) throw new Error(JSON.stringify(session.error));
    const ready = session.autosave.getSnapshot();
    const states: Array<[AutosaveState<Minutes>, RegExp]> = [
      [{ ...ready, status: 'saving' }, /^Saving…$/],
      [{ ...ready, status: 'saved' }, /^All changes saved$/],
      [{ ...ready, status: 'failed', message: undefined }, /the last save failed\. Your work is kept on this device/],
      [
        {
          ...ready,
          status: 'conflict',
          conflicts: [{ path: 'media.plan', base: 'Before', mine: 'Mine', theirs: 'Theirs' }],
        },
        /^Two people changed “Media plan”\. The saved version stands and the other is kept aside until someone chooses\.$/,
      ],
    ];
    const show = (state: AutosaveState<Minutes>) => (
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={services}>
          <SaveStatus state={state} session={session} />
        </ServicesProvider>
      </FluentProvider>
    );
    const { rerender, container } = render(show({ ...ready, status: 'unsaved' }));
    // A screen reader announces changes inside a live region only if the region was already on the page.
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).not.toBeNull();
    for (const [state, message] of states) {
      rerender(show(state));
      expect(container.querySelector('[aria-live="polite"]')).toBe(region);
      expect(within(region as HTMLElement).getByText(message)).toBeInTheDocument();
    }
    // The choice a conflict asks for is in the same region, by name.
    expect(within(region as HTMLElement).getByRole('button', { name: 'Keep mine' })).toBeInTheDocument();
  });

  it("offers a closed tab's unsent work back, and brings it in by keyboard", async () => {
    const services = await demoServices({ tab: new MemoryTab('tab_next') });
    const first = await MinutesSession.open(services, CASE, undefined);
    if (!(first instanceof MinutesSession)) throw new Error(JSON.stringify(first.error));
    await first.autosave.flush();
    // What a tab that closed before its edit reached the store leaves on the device.
    const col = services.storage.collection(minutesKind);
    const stored = (await col.get(first.meetingId))!;
    await services.drafts.put({
      key: `minutes:${first.meetingId}@tab_closed`,
      doc: { ...stored.doc, media: { ...stored.doc.media, plan: 'Typed in the tab that closed' } },
      base: stored.doc,
      baseVersion: stored.version,
      tab: 'tab_closed',
      at: '2026-11-18T14:00:00.000Z',
    });

    const next = await MinutesSession.open(services, CASE, undefined);
    if (!(next instanceof MinutesSession)) throw new Error(JSON.stringify(next.error));
    renderWith(services, <LiveStatus session={next} />);
    expect(screen.getByText(/Unsaved work from another tab, last changed 18 Nov 2026, 14:00/)).toBeInTheDocument();
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Bring it in' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText(/Unsaved work from another tab/)).not.toBeInTheDocument());
    await next.autosave.flush();
    expect((await col.get(next.meetingId))?.doc.media.plan).toBe('Typed in the tab that closed');
  });
});
