/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { submitReferral } from '../../../src/app/cases/referral';
import { referralKind } from '../../../src/core/cases/lifecycle/referral.schema';
import { referralsAwaitingDecision } from '../../../src/core/cases/lifecycle/referralQueue';
import { cy } from '../../../src/i18n/messages/cy';
import { createTranslator } from '../../../src/i18n/translator';
import { I18nProvider } from '../../../src/ui/i18n/I18nProvider';
import { ReferralDecisionDialog } from '../../../src/ui/cases/ReferralDecisionDialog';
import { aPerson } from '../../builders';
import { renderWith } from '../../support/renderWith';
import { TestApp } from '../../support/testApp';

const coordinator = aPerson({
  id: 'u_coord',
  name: 'Cora Ordinator',
  email: 'cora.ordinator@probation.example.gov.uk',
});
const referrer = aPerson({ id: 'u_om', name: 'Omar Manager', email: 'omar.manager@probation.example.gov.uk' });

describe('deciding a referral', () => {
  it('shows the clock and declines with a rationale sent back to the referrer', async () => {
    const app = TestApp.create()
      .as(referrer)
      .at('2026-11-20T10:00:00Z')
      .withSettings({ coordinators: [coordinator], approvedSecureDomains: ['probation.example.gov.uk'] });
    const r = await submitReferral(app.services, {
      level: 2,
      category: 2,
      nominal: {
        name: 'Kit Fictional',
        dateOfBirth: '1992-02-02',
        aliases: [],
        identifiers: {},
        childSexOffender: false,
        inCustody: false,
      },
      leadAgency: 'probation',
      reasons: 'Escalating threats',
      risk: 'Known adult',
      addedValue: 'Police and housing together',
    });
    if (!r.ok) throw new Error('not submitted');
    app.as(coordinator).at('2026-12-07T10:00:00Z');
    const [clock] = referralsAwaitingDecision([r.value], '2026-12-07', []);
    const decided = jest.fn();
    renderWith(
      app.services,
      <ReferralDecisionDialog open referral={r.value} clock={clock!} onClose={() => undefined} onDecided={decided} />,
    );
    const user = userEvent.setup();
    expect(screen.getByText('Overdue by 1 working day')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Decline' }));
    await user.click(screen.getByRole('button', { name: 'Decline and tell the referrer' }));
    expect(await screen.findByText('Give the rationale for declining, for the referrer.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Rationale for declining/), 'Level 1 is defensible');
    await user.click(screen.getByRole('button', { name: 'Decline and tell the referrer' }));
    expect(await screen.findByText(/declined and the rationale sent back/)).toBeInTheDocument();
    expect(decided).toHaveBeenCalledWith('declined');
    expect(app.mail.sent[0]?.body).toContain('Level 1 is defensible');
    expect((await app.store.collection(referralKind).get(r.value.id))?.doc.status).toBe('declined');
  });

  it('says the step’s problems and a refusal in the reader’s language, keeping the rationale typed', async () => {
    const app = TestApp.create()
      .as(referrer)
      .at('2026-11-20T10:00:00Z')
      .withSettings({ coordinators: [coordinator] });
    const r = await submitReferral(app.services, {
      level: 2,
      category: 2,
      nominal: {
        name: 'Kit Fictional',
        dateOfBirth: '1992-02-02',
        aliases: [],
        identifiers: {},
        childSexOffender: false,
        inCustody: false,
      },
      leadAgency: 'probation',
      reasons: 'Escalating threats',
      risk: 'Known adult',
      addedValue: 'Police and housing together',
    });
    if (!r.ok) throw new Error('not submitted');
    const [clock] = referralsAwaitingDecision([r.value], '2026-11-20', []);
    // The referrer, not a coordinator, opens the decision: the use case refuses.
    renderWith(
      app.services,
      <I18nProvider translator={createTranslator('cy-GB', cy)}>
        <ReferralDecisionDialog open referral={r.value} clock={clock!} onClose={() => undefined} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const rationale = screen.getByLabelText(/Y rhesymeg dros dderbyn/);
    await user.type(rationale, 'Level 1 is defensible');
    await user.click(screen.getByRole('button', { name: 'Derbyn a threfnu' }));
    expect(
      await screen.findByText(
        'Dim ond cydlynwyr MAPPA yr ardal sy’n gallu penderfynu ar atgyfeiriad. Gofynnwch i’r cydlynydd MAPPA.',
      ),
    ).toBeInTheDocument();
    expect(rationale).toHaveValue('Level 1 is defensible');
    expect((await app.store.collection(referralKind).get(r.value.id))?.doc.status).toBe('awaiting');
  });
});
