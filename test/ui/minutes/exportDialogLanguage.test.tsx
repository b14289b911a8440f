/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator } from '../../../src/i18n/translator';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { ExportDialog } from '../../../src/ui/minutes/ExportDialog';

const inTheme = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('the export dialog’s document language', () => {
  it('makes the document in English by default in English, or in Welsh when the person picks it', async () => {
    const onExport = jest.fn(async () => undefined);
    inTheme(<ExportDialog label="Export minutes (.docx)" onExport={onExport} />);
    const user = userEvent.setup();
    // Opened as a click event: on its own (outside the app) the trigger's pointer sequence closes it again in jsdom.
    fireEvent.click(screen.getByRole('button', { name: 'Export minutes (.docx)' }));
    expect(await screen.findByRole('radio', { name: 'English' }, { timeout: 15_000 })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Cymraeg (Welsh)' }));
    await user.type(screen.getByRole('textbox', { name: /Why are you exporting/ }), 'For the area lead');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledWith('For the area lead', 'cy-GB'));
  });

  it('starts in Welsh when the app is showing Welsh', async () => {
    const onExport = jest.fn(async () => undefined);
    inTheme(
      <I18nProvider translator={createTranslator('cy-GB', cy)}>
        <ExportDialog label="Allforio" onExport={onExport} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Allforio' }));
    expect(await screen.findByRole('radio', { name: 'Cymraeg' }, { timeout: 15_000 })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Saesneg (English)' })).not.toBeChecked();
  });
});
