/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';

import { english } from '../../../src/i18n/translator';
import { AppShell } from '../../../src/ui/shell/AppShell';
import { TestHost } from '../../fakes/testHost';
import { demoServices } from '../../support/demoServices';

const BANNER = 'Demonstration data only: fictional people and cases. Do not enter real case information.';

function Probe({ onMount }: { onMount: () => void }) {
  useEffect(onMount, [onMount]);
  return <p>Surface content</p>;
}

describe('app shell', () => {
  it('shows the permanent demonstration banner in local mode', async () => {
    const services = await demoServices();
    render(
      <AppShell
        services={services}
        translator={english()}
        title="shell.title.meeting"
        bound
        caseReference="MP-2026-0102"
      >
        <p>Surface content</p>
      </AppShell>,
    );
    expect(screen.getByRole('region', { name: 'Demonstration mode' })).toHaveTextContent(BANNER);
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeInTheDocument();
  });

  it('shows no banner and no reset control against the real tenant', async () => {
    const services = await demoServices({ mode: 'graph', demo: undefined });
    render(
      <AppShell services={services} translator={english()} title="shell.title.meeting" bound={false}>
        <p>Surface content</p>
      </AppShell>,
    );
    expect(screen.queryByText(BANNER)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset demo data' })).not.toBeInTheDocument();
  });

  it('says who is signed in and which case the surface shows, by reference only', async () => {
    const services = await demoServices();
    render(
      <AppShell
        services={services}
        translator={english()}
        title="shell.title.meeting"
        bound
        caseReference="MP-2026-0102"
      >
        <p>Surface content</p>
      </AppShell>,
    );
    expect(screen.getByTestId('signed-in')).toHaveTextContent('Helen Marsh, Probation');
    expect(screen.getByTestId('bound-case')).toHaveTextContent('Case MP-2026-0102');
    expect(screen.getByRole('main')).toHaveTextContent('Surface content');
  });

  it('says when a bound surface has no case', async () => {
    const services = await demoServices();
    render(
      <AppShell services={services} translator={english()} title="shell.title.meeting" bound>
        <p>Surface content</p>
      </AppShell>,
    );
    expect(screen.getByTestId('bound-case')).toHaveTextContent('No case chosen');
  });

  it('resets the demo data only after confirmation, then shows the surface afresh', async () => {
    const user = userEvent.setup();
    const services = await demoServices();
    const mounts = jest.fn();
    render(
      <AppShell services={services} translator={english()} title="shell.title.meeting" bound={false}>
        <Probe onMount={mounts} />
      </AppShell>,
    );
    expect(mounts).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(services.demo?.reset).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(screen.getByText('Replace all demo data with a fresh copy?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset now' }));

    expect(services.demo?.reset).toHaveBeenCalledTimes(1);
    expect(mounts).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Reset demo data' })).toBeEnabled();
  });

  it('tells the user when a reset fails', async () => {
    const user = userEvent.setup();
    const services = await demoServices({ demo: { reset: jest.fn(async () => Promise.reject(new Error('blocked'))) } });
    render(
      <AppShell services={services} translator={english()} title="shell.title.meeting" bound={false}>
        <p>Surface content</p>
      </AppShell>,
    );
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    await user.click(screen.getByRole('button', { name: 'Reset now' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The demo data could not be reset');
  });

  it('follows the host theme as it changes', async () => {
    const host = new TestHost({ theme: 'dark' });
    const services = await demoServices({ host });
    const { container } = render(
      <AppShell services={services} translator={english()} title="shell.title.meeting" bound={false}>
        <p>Surface content</p>
      </AppShell>,
    );
    const provider = () => container.querySelector('[data-theme]');
    expect(provider()).toHaveAttribute('data-theme', 'dark');
    act(() => host.changeTheme('highContrast'));
    expect(provider()).toHaveAttribute('data-theme', 'highContrast');
    act(() => host.changeTheme('light'));
    expect(provider()).toHaveAttribute('data-theme', 'light');
  });

  it('contains a failing surface behind a clear message, keeping the banner', async () => {
    const Broken = () => {
      throw new Error('MP-2026-0102 secret detail');
    };
    const services = await demoServices();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <AppShell services={services} translator={english()} title="shell.title.meeting" bound={false}>
        <Broken />
      </AppShell>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in this part of MAPPA Panel.');
    expect(alert).not.toHaveTextContent('secret detail');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText(BANNER)).toBeInTheDocument();
  });
});
