/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';

import { ServicesProvider } from '../../../../src/app/ServicesProvider';
import { cy } from '../../../../src/i18n/messages/cy';
import { createTranslator } from '../../../../src/i18n/translator';
import { I18nProvider } from '../../../../src/ui/i18n/I18nProvider';
import { AccessibilityStatement } from '../../../../src/ui/surfaces/accessibility/AccessibilityStatement';
import { demoServices } from '../../../support/demoServices';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function renderStatement(welsh: boolean) {
  const services = await demoServices();
  const page = (
    <ServicesProvider services={services}>
      <AccessibilityStatement />
    </ServicesProvider>
  );
  render(welsh ? <I18nProvider translator={createTranslator('cy-GB', cy)}>{page}</I18nProvider> : page);
  return services;
}

describe('the accessibility statement', () => {
  it('names the area, its coordinator and the date it was prepared, with links out of the app', async () => {
    const { settings } = await renderStatement(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Accessibility statement for MAPPA Panel' })).toBeVisible();
    expect(screen.getByText(new RegExp(`This app is run by ${escaped(settings.areaName)}\\.`))).toBeVisible();
    const coordinator = settings.coordinators[0]!;
    expect(
      screen.getByText(
        new RegExp(`contact ${escaped(`${coordinator.name}, the MAPPA coordinator (${coordinator.email})`)}`),
      ),
    ).toBeVisible();
    expect(screen.getByText(/This statement was prepared on 1 December 2026\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Web Content Accessibility Guidelines version 2.2' })).toHaveAttribute(
      'href',
      'https://www.w3.org/TR/WCAG22/',
    );
  });

  it('is there in full in Welsh, with the date in Welsh', async () => {
    await renderStatement(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Datganiad hygyrchedd ar gyfer Panel MAPPA' })).toBeVisible();
    expect(screen.getByText(/Paratowyd y datganiad hwn ar 1 Rhagfyr 2026\./)).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)' }),
    ).toHaveAttribute('href', 'https://www.equalityadvisoryservice.com/');
    expect(document.body).not.toHaveTextContent('Accessibility statement');
  });
});
