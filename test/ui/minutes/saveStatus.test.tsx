/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { AutosaveState } from '../../../src/app/autosave/autosaveState';
import { MinutesSession } from '../../../src/app/minutes/minutesSession';
import { contentOf, minutesKind, type Minutes } from '../../../src/core/minutes/minutes.schema';
import { SaveStatus } from '../../../src/ui/minutes/SaveStatus';
import { demoServices } from '../../support/demoServices';

const CASE = 'case_demo_0102';

describe('SaveStatus', () => {
  it('tells a tab left open that the minutes were signed, and offers its edit as a correction', async () => {
    const services = await demoServices();
    const session = await MinutesSession.open(services, CASE, undefined);
    if (!(session instanceof MinutesSession)) throw new Error(session.error);
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
    render(
      <FluentProvider theme={webLightTheme}>
        <SaveStatus
          state={session.autosave.getSnapshot()}
          session={session}
          onOfferCorrection={(c) => offered.push(c)}
        />
      </FluentProvider>,
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
    if (!(session instanceof MinutesSession)) throw new Error(session.error);
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
        /^Two people changed media\.plan\. Neither is kept until you choose\.$/,
      ],
    ];
    const show = (state: AutosaveState<Minutes>) => (
      <FluentProvider theme={webLightTheme}>
        <SaveStatus state={state} session={session} />
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
});
