import { GraphDirectory } from '../../../src/adapters/graph/graphDirectory';
import { GraphMail } from '../../../src/adapters/graph/graphMail';
import { actionKind } from '../../../src/core/actions/action.schema';
import { anAction } from '../../builders';
import { graphOverFake } from '../../fakes/graph/harness';
import { APP, graphWorld } from '../../fakes/graph/scenario';

const mail = {
  idempotencyKey: 'remind_act_1_2026-11-01',
  to: ['tess.owner@probation.example.gov.uk'],
  subject: 'MAPPA Panel: an action is due',
  body: 'An action for case MP-2026-0001 is due on 1 December 2026. Open MAPPA Panel to update it.',
  purpose: 'reminder' as const,
};

describe('mail through sendMail', () => {
  it('sends a plain-text message marked confidential, keyed for retries', async () => {
    const { fake, transport } = graphOverFake();
    await new GraphMail(transport, APP.propertySetId).send(mail);
    expect(fake.sentMail).toHaveLength(1);
    expect(fake.sentMail[0]).toMatchObject({
      subject: mail.subject,
      body: { contentType: 'text' },
      singleValueExtendedProperties: expect.arrayContaining([{ id: 'Integer 0x0036', value: '3' }]),
    });
  });

  it('does not send twice when the answer to the first send was lost', async () => {
    const { fake, transport } = graphOverFake();
    fake.faults.push('lost');
    await new GraphMail(transport, APP.propertySetId).send(mail);
    expect(fake.sentMail).toHaveLength(1);
  });

  it('sends again when the first attempt never arrived', async () => {
    const { fake, transport } = graphOverFake();
    fake.faults.push('timeout');
    await new GraphMail(transport, APP.propertySetId).send(mail);
    expect(fake.sentMail).toHaveLength(1);
  });
});

describe('people', () => {
  const users = [
    {
      id: 'u-1',
      displayName: 'Pat Probation',
      mail: 'pat.probation@probation.example.gov.uk',
      userPrincipalName: 'pat.probation@probation.example.gov.uk',
      userType: 'Member' as const,
    },
    {
      id: 'u-2',
      displayName: 'Hana Health',
      mail: 'hana.health@nhs.example.nhs.uk',
      userPrincipalName: 'hana.health_nhs.example.nhs.uk#EXT#@northshire.example.onmicrosoft.com',
      userType: 'Guest' as const,
    },
  ];

  it('reads the signed-in person', async () => {
    const { transport } = graphOverFake({ users });
    await expect(new GraphDirectory(transport).me()).resolves.toMatchObject({
      name: 'Casey Coordinator',
      agency: 'police',
    });
  });

  it('finds members and guests, addressing guests at their own mailbox, in one round trip', async () => {
    const { fake, transport } = graphOverFake({ users });
    const before = fake.roundTrips;
    const found = await new GraphDirectory(transport).searchPeople('Ha');
    expect(fake.roundTrips - before).toBe(1);
    expect(found).toEqual([
      expect.objectContaining({ email: 'hana.health@nhs.example.nhs.uk', agency: 'health', role: 'guest' }),
    ]);
  });

  it('answers nothing for a query too short to search', async () => {
    const { fake, transport } = graphOverFake({ users });
    await expect(new GraphDirectory(transport).searchPeople('a')).resolves.toEqual([]);
    expect(fake.roundTrips).toBe(0);
  });
});

describe('action updates under faults', () => {
  it('never loses an update when answers are lost and requests throttled', async () => {
    const w = await graphWorld({ seed: 11 });
    const actions = w.storage.collection(actionKind);
    let stored = await actions.create(anAction({ id: 'act_fault' }));
    w.fake.randomFaultRate = 0.4;
    for (let i = 0; i < 10; i++) {
      const next = {
        ...stored.doc,
        updates: [
          ...stored.doc.updates,
          {
            id: `upd_${i}`,
            at: '2026-11-02T10:00:00.000Z',
            by: { id: 'u1', name: 'Tess Owner', agency: 'probation' as const },
            text: `Update ${i}`,
          },
        ],
      };
      for (;;) {
        try {
          stored = await actions.update(next, stored.version);
          break;
        } catch (e) {
          if ((e as { name?: string }).name === 'ConflictError') throw e;
          // Gave up after retries: try the same write again, as the outbox would.
        }
      }
    }
    w.fake.randomFaultRate = 0;
    expect((await actions.get('act_fault'))?.doc.updates.map((u) => u.text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Update ${i}`),
    );
  });
});
