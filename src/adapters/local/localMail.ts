import { z } from 'zod';

import { defineDocument } from '../../core/storage/defineDocument';
import type { ClockPort, MailOutboxPort, MailPort, OutgoingMail, RecordedMail, StoragePort } from '../../core/ports';
import { isConflict } from '../../core/shared/errors';
import { IdSchema, InstantSchema, textField } from '../../core/shared/schemas';
import { lazySchema } from '../../core/shared/lazySchema';

/** A message local mode would have sent: kept in the outbox so that people can see what goes out, and nothing leaves the browser. */
export const OutboxMailSchema = lazySchema(() =>
  z.object({
    /** `mail:` plus the idempotency key, so a retried send finds the message already recorded. */
    id: IdSchema,
    idempotencyKey: z.string().min(1).max(120),
    to: z.array(z.string().trim().toLowerCase().email()).min(1, 'A message needs at least one recipient'),
    subject: textField(300).min(1),
    body: textField(20000),
    purpose: z.enum(['reminder', 'distribution', 'executiveSummary', 'notification']),
    attachments: z
      .array(z.object({ name: textField(255).min(1), contentType: z.string().min(1), base64: z.string() }))
      .default([]),
    recordedAt: InstantSchema,
  }),
);
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export const outboxMailKind = defineDocument<OutboxMail>({
  name: 'outbox',
  version: 1,
  schema: OutboxMailSchema,
  migrations: {},
  indexes: { purpose: (m) => m.purpose },
});

export const outboxMailId = (idempotencyKey: string): string => `mail:${idempotencyKey}`;

/** The mail port in local mode: records each message in the mail outbox instead of sending it. */
export class LocalMail implements MailPort, MailOutboxPort {
  constructor(
    private readonly storage: StoragePort,
    private readonly clock: ClockPort,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const outbox = this.storage.collection(outboxMailKind);
    const id = outboxMailId(mail.idempotencyKey);
    // The same key is the same message: a retry after a lost response records nothing new.
    if (await outbox.get(id)) return;
    try {
      await outbox.create({
        id,
        idempotencyKey: mail.idempotencyKey,
        to: [...mail.to],
        subject: mail.subject,
        body: mail.body,
        purpose: mail.purpose,
        attachments: (mail.attachments ?? []).map((a) => ({ ...a })),
        recordedAt: this.clock.now().toISOString(),
      });
    } catch (e) {
      // Another tab recorded the same message between the read and the write.
      if (!(isConflict(e) && e.reason === 'exists')) throw e;
    }
  }

  /** Every recorded message, newest first. */
  async list(): Promise<RecordedMail[]> {
    return (await this.storage.collection(outboxMailKind).list())
      .map((s) => s.doc)
      .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0));
  }
}
