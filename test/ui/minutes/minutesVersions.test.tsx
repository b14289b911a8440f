/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { contentOf, type MinutesVersion } from '../../../src/core/minutes/minutes.schema';
import { correct, finalise } from '../../../src/core/minutes/signOff';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator } from '../../../src/i18n/translator';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { MinutesVersions } from '../../../src/ui/minutes/MinutesVersions';
import { aCompleteDraft, chair, NOW, officer } from '../../core/minutes/fixtures';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

function versions(): MinutesVersion[] {
  const f = finalise(aCompleteDraft(), chair, NOW);
  if (!f.ok) throw new Error('expected final');
  const content = contentOf(f.value);
  const c = correct(
    f.value,
    { ...content, media: { ...content.media, plan: 'Police press office only' } },
    'Media plan left out',
    officer,
    new Date('2026-11-22T14:00:00Z'),
  );
  if (!c.ok) throw new Error('expected corrected');
  return c.value.versions;
}

function Harness({ onOpen }: { onOpen: (n: number | undefined) => void }) {
  const [viewing, setViewing] = useState<number>();
  return (
    <MinutesVersions
      versions={versions()}
      viewing={viewing}
      onOpen={(n) => {
        setViewing(n);
        onOpen(n);
      }}
    />
  );
}

describe('signed versions of the minutes', () => {
  it('lists each version, opens one read-only, and shows what the correction changed, by whom and why', async () => {
    const opened: (number | undefined)[] = [];
    renderWith(TestApp.create().services, <Harness onOpen={(n) => opened.push(n)} />);
    const list = screen.getByRole('region', { name: 'Signed versions' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      `Version 1, signed by ${chair.name} on 20 Nov 2026, 10:00. The first signed version.`,
    );
    expect(items[1]).toHaveTextContent(
      `Version 2, signed by ${officer.name} on 22 Nov 2026, 14:00. Correction: Media plan left out`,
    );
    const changes = within(items[1]!).getByRole('table', { name: 'What version 2 changed from version 1' });
    const rows = within(changes).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(/Media and community\s*Media plan.*Police press office only/);

    const user = userEvent.setup();
    await user.click(within(items[0]!).getByRole('button', { name: 'Open version 1 (read-only)' }));
    expect(opened).toEqual([1]);
    expect(within(items[0]!).getByRole('button', { name: 'Close version 1' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(items[0]!).getByRole('button', { name: 'Close version 1' }));
    expect(opened).toEqual([1, undefined]);
  });

  it('names the changed field in the reader’s language', () => {
    renderWith(
      TestApp.create().services,
      <I18nProvider translator={createTranslator('cy-GB', cy)}>
        <Harness onOpen={() => undefined} />
      </I18nProvider>,
    );
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Y cyfryngau a’r gymuned\s*Cynllun y cyfryngau.*Police press office only/);
  });
});
