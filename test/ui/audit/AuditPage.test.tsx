/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { recordAudit } from '../../../src/app/audit/recordAudit';
import { auditKind } from '../../../src/core/audit/audit.schema';
import { caseKind } from '../../../src/core/cases/case.schema';
import AuditPage from '../../../src/ui/audit/AuditPage';
import { people } from '../../core/access/fixtures';
import { aCase } from '../../builders';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

async function world(as = people.coordinator) {
  const app = await TestApp.create()
    .as(people.chair)
    .withSettings({ coordinators: [people.coordinator] })
    .seeded(async ({ storage }) => {
      await storage.collection(caseKind).create(aCase({ id: 'case_1', reference: 'MP-2026-0111' }));
      await storage.collection(caseKind).create(aCase({ id: 'case_2', reference: 'MP-2026-0222' }));
    });
  await recordAudit(app.services, { verb: 'view', subject: { kind: 'minutes', id: 'm1' }, caseId: 'case_1' });
  await recordAudit(app.services, {
    verb: 'export',
    subject: { kind: 'minutes', id: 'm2' },
    caseId: 'case_2',
    reason: 'For the area lead',
  });
  return app.as(as);
}

describe('the audit page', () => {
  it('lists who did what, when and why, and filters by case and kind', async () => {
    const app = await world();
    const user = userEvent.setup();
    renderWith(app.services, <AuditPage />);
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('For the area lead')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Case' }), 'MP-2026-0111');
    expect(await screen.findByText('1 event, newest first. Identifiers only: no case content.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'export');
    expect(await screen.findByText('No events match.')).toBeTruthy();
  });

  it('reads a hundred events a page, newest first, and matches a person across every page', async () => {
    const app = await world();
    const events = app.services.storage.collection(auditKind);
    for (let i = 0; i < 130; i++) {
      await events.create({
        id: `aud_many_${String(i).padStart(3, '0')}`,
        at: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString(),
        actor: { id: i === 5 ? 'u_rare' : 'u_often', name: i === 5 ? 'Rare Reader' : 'Often Reader' },
        verb: 'view',
        subject: { kind: 'minutes', id: `m_${i}` },
        caseId: 'case_1',
        detail: { surface: `surface ${i}` },
      });
    }
    const user = userEvent.setup();
    renderWith(app.services, <AuditPage />);
    const table = await screen.findByRole('table', { name: 'Audit events' });
    // The two events of the world are the newest; then the 130, newest first.
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(await screen.findByText('132 events, newest first. Identifiers only: no case content.')).toBeTruthy();
    expect(within(table).getByText('surface: surface 129')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(33));
    expect(within(table).getByText('surface: surface 0')).toBeTruthy();
    expect(within(table).queryByText('surface: surface 129')).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Person' }), 'rare');
    expect(await screen.findByText('1 event, newest first. Identifiers only: no case content.')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Audit events' })).getByText('surface: surface 5')).toBeTruthy();
  });

  it('is refused to anyone but a coordinator, and the refusal is audited', async () => {
    const app = await world(people.chair);
    renderWith(app.services, <AuditPage />);
    expect(await screen.findByText(/The audit log is for the area’s MAPPA coordinators/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    const refusals = await app.services.storage.collection(auditKind).list({ verb: 'refuse' });
    expect(refusals.map((r) => r.doc.detail.operation)).toEqual(['readAudit']);
  });
});
