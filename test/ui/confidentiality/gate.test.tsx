/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { auditKind } from '../../../src/core/audit/audit.schema';
import { acknowledgementKind } from '../../../src/core/confidentiality/acknowledgement.schema';
import { buildAcknowledgement } from '../../../src/core/confidentiality/acknowledgements';
import AcknowledgementGate from '../../../src/ui/confidentiality/AcknowledgementGate';
import { AcknowledgementStatus } from '../../../src/ui/confidentiality/AcknowledgementStatus';
import { ShareToStageButton } from '../../../src/ui/confidentiality/ShareToStageButton';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator } from '../../../src/i18n/translator';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { aPerson } from '../../builders';
import { renderWith, testServices } from './support';

const Secret = () => <p>Victim lives at 1 Example Road</p>;

describe('acknowledgement gate', () => {
  it('shows the statement and commitments, and no case content until acknowledged', async () => {
    const s = testServices({
      settings: {
        statements: {
          confidentiality: 'Northshire statement text',
          equality: 'e',
          cy: { confidentiality: 'Datganiad Northshire', equality: 'c' },
        },
      },
    });
    renderWith(
      s,
      <AcknowledgementGate caseId="case_1" meetingId="mtg_1">
        <Secret />
      </AcknowledgementGate>,
    );
    expect(await screen.findByText('Northshire statement text')).toBeInTheDocument();
    for (const c of ['private space', 'cannot be overheard', 'personal notes', 'without the chair']) {
      expect(screen.getByText(new RegExp(c))).toBeInTheDocument();
    }
    expect(document.body.textContent).not.toContain('1 Example Road');
    const button = screen.getByRole('button', { name: 'Acknowledge and continue' });
    expect(button).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: /I make these commitments/ }));
    await userEvent.click(button);
    expect(await screen.findByText('Victim lives at 1 Example Road')).toBeVisible();

    const acks = await s.storage.collection(acknowledgementKind).list({ meetingId: 'mtg_1' });
    expect(acks.map((a) => a.doc)).toEqual([
      expect.objectContaining({
        id: 'mtg_1:u_chair',
        at: '2026-11-20T10:00:00.000Z',
        statement: 'Northshire statement text',
        language: 'en-GB',
      }),
    ]);
    const audit = await s.storage.collection(auditKind).list({ verb: 'acknowledge' });
    expect(audit).toHaveLength(1);
  });

  it('shows a Welsh reader the area’s Welsh statement, and records that the Welsh statement was acknowledged', async () => {
    const s = testServices({
      settings: {
        statements: {
          confidentiality: 'Northshire statement text',
          equality: 'e',
          cy: { confidentiality: 'Datganiad cyfrinachedd Northshire', equality: 'c' },
        },
      },
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider translator={createTranslator('cy-GB', cy)}>
          <ServicesProvider services={s}>
            <AcknowledgementGate caseId="case_1" meetingId="mtg_1">
              <Secret />
            </AcknowledgementGate>
          </ServicesProvider>
        </I18nProvider>
      </FluentProvider>,
    );
    const statement = await screen.findByText('Datganiad cyfrinachedd Northshire');
    expect(statement).toHaveAttribute('lang', 'cy-GB');
    expect(screen.queryByText('Northshire statement text')).toBeNull();
    expect(screen.getByText('Rwyf mewn man preifat.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /rwy’n gwneud yr ymrwymiadau hyn/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Cydnabod a pharhau' }));
    expect(await screen.findByText('Victim lives at 1 Example Road')).toBeVisible();
    const acks = await s.storage.collection(acknowledgementKind).list({ meetingId: 'mtg_1' });
    expect(acks.map((a) => a.doc)).toEqual([
      expect.objectContaining({ statement: 'Datganiad cyfrinachedd Northshire', language: 'cy-GB' }),
    ]);
  });

  it('opens straight away for someone who already acknowledged this meeting', async () => {
    const s = testServices();
    await s.storage
      .collection(acknowledgementKind)
      .create(
        buildAcknowledgement({ meetingId: 'mtg_1', caseId: 'case_1', person: s.me, at: s.clock.now(), statement: 'S' }),
      );
    renderWith(
      s,
      <AcknowledgementGate caseId="case_1" meetingId="mtg_1">
        <Secret />
      </AcknowledgementGate>,
    );
    expect(await screen.findByText(/1 Example Road/)).toBeVisible();
  });

  it('keeps content hidden when the acknowledgement cannot be saved', async () => {
    const s = testServices();
    s.storage.collection = () => {
      throw new Error('store down');
    };
    renderWith(
      s,
      <AcknowledgementGate caseId="case_1">
        <Secret />
      </AcknowledgementGate>,
    );
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge and continue' }));
    expect(await screen.findByText(/could not be saved/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('1 Example Road');
  });
});

describe('privacy screen', () => {
  async function openGate(timeoutMinutes = 5) {
    const s = testServices({ settings: { privacyTimeoutMinutes: timeoutMinutes } });
    renderWith(
      s,
      <AcknowledgementGate caseId="case_1">
        <Secret />
      </AcknowledgementGate>,
    );
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge and continue' }));
    await screen.findByText(/1 Example Road/);
    return s;
  }

  it('hides all content on Ctrl+Shift+H, and only a click shows it again', async () => {
    await openGate();
    fireEvent.keyDown(document, { key: 'H', ctrlKey: true, shiftKey: true });
    expect(screen.getByText(/1 Example Road/)).not.toBeVisible();
    fireEvent.keyDown(document, { key: 'H', ctrlKey: true, shiftKey: true });
    expect(screen.getByText(/1 Example Road/)).not.toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Show case content' }));
    expect(screen.getByText(/1 Example Road/)).toBeVisible();
  });

  it('hides content with the button, which shows its keystroke', async () => {
    await openGate();
    fireEvent.click(screen.getByRole('button', { name: /Hide case content \(Ctrl\+Shift\+H\)/ }));
    expect(screen.getByText(/1 Example Road/)).not.toBeVisible();
  });

  it('hides content after the inactivity period set for the area, and activity postpones it', async () => {
    jest.useFakeTimers();
    try {
      await openGate(2);
      act(() => jest.advanceTimersByTime(90_000));
      fireEvent.pointerDown(document);
      act(() => jest.advanceTimersByTime(90_000));
      expect(screen.getByText(/1 Example Road/)).toBeVisible();
      act(() => jest.advanceTimersByTime(31_000));
      expect(screen.getByText(/1 Example Road/)).not.toBeVisible();
      fireEvent.pointerDown(document);
      expect(screen.getByText(/1 Example Road/)).not.toBeVisible();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('acknowledgement status', () => {
  it('shows the chair who has not yet acknowledged', async () => {
    const s = testServices();
    const present = [s.me, aPerson({ id: 'u_h', name: 'Hal Health', agency: 'health' })];
    await s.storage
      .collection(acknowledgementKind)
      .create(
        buildAcknowledgement({ meetingId: 'mtg_1', caseId: 'case_1', person: s.me, at: s.clock.now(), statement: 'S' }),
      );
    renderWith(s, <AcknowledgementStatus meetingId="mtg_1" attendeesPresent={present} />);
    const list = await screen.findByRole('list', { name: 'Not yet acknowledged' });
    expect(list).toHaveTextContent('Hal Health, Health');
    expect(list).not.toHaveTextContent('Cara Chair');
    await s.storage.collection(acknowledgementKind).create(
      buildAcknowledgement({
        meetingId: 'mtg_1',
        caseId: 'case_1',
        person: present[1]!,
        at: s.clock.now(),
        statement: 'S',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByText('Everyone present has acknowledged.')).toBeInTheDocument());
  });
});

describe('share to stage', () => {
  it('says what the stage will and will not show before sharing', async () => {
    const s = testServices();
    renderWith(s, <ShareToStageButton url="https://app.example.gov.uk/stage?case=case_1" />);
    await userEvent.click(screen.getByRole('button', { name: 'Share to stage' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 });
    expect(screen.getByRole('list', { name: 'The stage never shows' })).toHaveTextContent(/Victims/);
    expect(screen.getByRole('list', { name: 'The stage shows' })).toHaveTextContent(/four pillars/);
    expect(s.shared).toEqual([]);
    const confirm = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Share to stage')!;
    await userEvent.click(confirm);
    await waitFor(() => expect(s.shared).toEqual(['https://app.example.gov.uk/stage?case=case_1']));
  });

  it('shares nothing when cancelled, and is unavailable where the host cannot share', async () => {
    const s = testServices();
    const { unmount } = renderWith(s, <ShareToStageButton url="https://app.example.gov.uk/stage" />);
    await userEvent.click(screen.getByRole('button', { name: 'Share to stage' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(s.shared).toEqual([]);
    unmount();
    renderWith(testServices({ stageSharing: false }), <ShareToStageButton url="https://app.example.gov.uk/stage" />);
    expect(screen.getByRole('button', { name: 'Share to stage' })).toHaveAttribute('aria-disabled', 'true');
  });
});
