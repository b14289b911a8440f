import { LocalMail, outboxMailKind } from '../../../src/adapters/local/localMail';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import type { OutgoingMail } from '../../../src/core/ports';

const mail: OutgoingMail = {
  idempotencyKey: 'reminder:act_demo_0102_1:2026-11-18',
  to: ['dan.okoro@police.example.gov.uk'],
  subject: 'MAPPA action due: MP-2026-0102',
  body: 'You have a MAPPA action due. Open My actions in Teams to see it.',
  purpose: 'reminder',
};

describe('local mail', () => {
  it('records what would be sent in the outbox instead of sending it', async () => {
    const storage = new MemoryStore();
    await new LocalMail(storage, { now: () => new Date('2026-11-18T09:00:00Z') }).send(mail);
    const outbox = (await storage.collection(outboxMailKind).list()).map((s) => s.doc);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      to: mail.to,
      subject: mail.subject,
      purpose: 'reminder',
      recordedAt: '2026-11-18T09:00:00.000Z',
    });
  });

  it('records a retried message once', async () => {
    const storage = new MemoryStore();
    let minute = 0;
    const port = new LocalMail(storage, { now: () => new Date(Date.UTC(2026, 10, 18, 9, minute++)) });
    await port.send(mail);
    await port.send(mail);
    await port.send({ ...mail, idempotencyKey: 'reminder:act_demo_0102_2:2026-11-18' });
    expect(await storage.collection(outboxMailKind).list()).toHaveLength(2);
  });

  it('refuses a message with no valid recipient, recording nothing', async () => {
    const storage = new MemoryStore();
    const port = new LocalMail(storage, { now: () => new Date('2026-11-18T09:00:00Z') });
    await expect(port.send({ ...mail, to: ['not an address'] })).rejects.toThrow(/outbox/);
    expect(await storage.collection(outboxMailKind).list()).toHaveLength(0);
  });
});
