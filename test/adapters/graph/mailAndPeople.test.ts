import { GraphDirectory } from '../../../src/adapters/graph/graphDirectory';
import { GraphMail, MailOutcomeUnknownError, sentMailKind } from '../../../src/adapters/graph/graphMail';
import { ensureSite, GraphStore } from '../../../src/adapters/graph/graphStore';
import type { DocumentKind, Identified } from '../../../src/core/storage/defineDocument';
import { actionKind } from '../../../src/core/actions/action.schema';
import { anAction } from '../../builders';
import { graphOverFake, SITE_ID } from '../../fakes/graph/harness';
import { APP, graphWorld } from '../../fakes/graph/scenario';

const mail = {
  idempotencyKey: 'remind_act_1_2026-11-01',
  to: ['tess.owner@probation.example.gov.uk'],
  subject: 'MAPPA Panel: an action is due',
  body: 'An action for case MP-2026-0001 is due on 1 December 2026. Open MAPPA Panel to update it.',
  purpose: 'reminder' as const,
};

async function mailWorld(tokenOpts: Parameters<typeof graphOverFake>[1] = {}) {
  const g = graphOverFake({}, tokenOpts);
  await ensureSite(g.transport, SITE_ID, [sentMailKind] as unknown as DocumentKind<Identified>[]);
  const ledger = new GraphStore(g.transport, SITE_ID).collection(sentMailKind);
  return { ...g, ledger, mail: new GraphMail(g.transport, APP.propertySetId, ledger) };
}

describe('mail through sendMail', () => {
  it('sends a plain-text message marked confidential, and records the key as sent', async () => {
    const w = await mailWorld();
    await w.mail.send(mail);
    expect(w.fake.sentMail).toHaveLength(1);
    expect(w.fake.sentMail[0]).toMatchObject({
      subject: mail.subject,
      body: { contentType: 'text' },
      singleValueExtendedProperties: expect.arrayContaining([{ id: 'Integer 0x0036', value: '3' }]),
    });
    expect((await w.ledger.get(mail.idempotencyKey))?.doc.state).toBe('sent');
    await w.mail.send(mail); // the same key again: already sent
    expect(w.fake.sentMail).toHaveLength(1);
  });

  it('never reads the mailbox: Mail.Send is the only mail scope asked for, and only when sending', async () => {
    const w = await mailWorld();
    expect(w.tokens.requests.flat()).not.toContain('Mail.Send');
    await w.mail.send(mail);
    expect(w.tokens.prompts).toContainEqual(['Mail.Send']);
    expect(w.tokens.requests.flat().some((s) => /^Mail\.(Read|ReadWrite)/.test(s))).toBe(false);
    expect(w.fake.recorded.some((r) => r.url.includes('mailFolders'))).toBe(false);
  });

  it.each(['lost', '504'] as const)(
    'does not send twice when the send took effect but the answer was %s, however often it is retried',
    async (fault) => {
      const w = await mailWorld();
      w.fake.failNext((_m, url) => url === '/me/sendMail', fault);
      await expect(w.mail.send(mail)).rejects.toBeInstanceOf(MailOutcomeUnknownError);
      await expect(w.mail.send(mail)).rejects.toThrow(/Sent Items/);
      expect(w.fake.sentMail).toHaveLength(1);
      expect(w.fake.recorded.filter((r) => r.route === 'sendMail')).toHaveLength(1);
    },
  );

  it('sends once after being throttled, since a throttled request never ran', async () => {
    const w = await mailWorld();
    w.fake.failNext((_m, url) => url === '/me/sendMail', '429');
    await w.mail.send(mail);
    expect(w.fake.sentMail).toHaveLength(1);
  });

  it('does not guess when the send got no answer: it says so rather than risk a second message', async () => {
    const w = await mailWorld();
    w.fake.failNext((_m, url) => url === '/me/sendMail', 'timeout');
    await expect(w.mail.send(mail)).rejects.toBeInstanceOf(MailOutcomeUnknownError);
    expect(w.fake.sentMail).toHaveLength(0);
  });

  it('sends nothing, and may try again later, when consent to send mail is refused', async () => {
    const w = await mailWorld({ declined: ['Mail.Send'] });
    await expect(w.mail.send(mail)).rejects.toThrow(/Consent was not given for Mail.Send/);
    expect((await w.ledger.get(mail.idempotencyKey))?.doc.state).toBe('failed');
    expect(w.fake.sentMail).toHaveLength(0);
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
