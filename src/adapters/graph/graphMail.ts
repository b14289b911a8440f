import type { FileAttachment, Message } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

import { defineDocument } from '../../core/storage/defineDocument';
import type { Collection, MailPort, OutgoingMail, Stored } from '../../core/ports';
import { ConflictError, UnavailableError } from '../../core/shared/errors';
import { lazySchema } from '../../core/shared/lazySchema';
import { mailScopes } from './scopes';
import { GraphCallError, refusal, type GraphResponse, type GraphTransport } from './transport';

const keyProperty = (guid: string) => `String {${guid}} Name MappaMailKey`;

/** The message for a mail: plain text, marked confidential (MAPI sensitivity 3), stamped with its idempotency key (for an administrator's search; the app never reads mail). */
export function messageFor(mail: OutgoingMail, propertySetId: string): Message {
  return {
    subject: mail.subject,
    body: { contentType: 'text', content: mail.body },
    toRecipients: mail.to.map((address) => ({ emailAddress: { address } })),
    singleValueExtendedProperties: [
      { id: keyProperty(propertySetId), value: mail.idempotencyKey },
      // PidTagSensitivity: v1.0 `message` has no sensitivity property.
      { id: 'Integer 0x0036', value: '3' },
    ],
    ...(mail.attachments?.length
      ? {
          attachments: mail.attachments.map(
            (a): FileAttachment =>
              ({
                '@odata.type': '#microsoft.graph.fileAttachment',
                name: a.name,
                contentType: a.contentType,
                contentBytes: a.base64,
              }) as FileAttachment,
          ),
        }
      : {}),
  };
}

/** The app's own record of a message it has tried to send, kept in the area site by idempotency key. */
export type SentMailRecord = {
  /** The message's idempotency key. */
  id: string;
  /** `sending` from just before the send until Graph accepts it; left so when the answer was unclear. */
  state: 'sending' | 'sent' | 'failed';
  at: string;
  purpose: OutgoingMail['purpose'];
};

export const sentMailKind = defineDocument<SentMailRecord>({
  name: 'sentMail',
  version: 1,
  schema: lazySchema(() =>
    z.object({
      id: z.string().min(1),
      state: z.enum(['sending', 'sent', 'failed']),
      at: z.string(),
      purpose: z.enum(['reminder', 'distribution', 'executiveSummary', 'notification']),
    }),
  ),
  migrations: {},
  indexes: {},
});

/** An earlier attempt at this message got no clear answer, so it is not sent again: it may have gone. */
export class MailOutcomeUnknownError extends UnavailableError {
  override readonly name = 'MailOutcomeUnknownError';
  constructor() {
    super(
      'Microsoft 365 gave no clear answer when this e-mail was sent, so it may already have gone. MAPPA Panel ' +
        'will not send it again: look in Sent Items in Outlook, and send it from there if it is missing.',
    );
  }
}

/**
 * Mail through `sendMail`, at most once per idempotency key. sendMail has no idempotency of its
 * own, and finding a sent message again would need a mail-read permission, so the app keeps its
 * own record in the area site: the key is claimed (`sending`) before the one send, marked `sent`
 * when Graph accepts it, `failed` when Graph clearly refused it (a later try may send). The
 * transport never repeats sendMail itself; after an unclear answer (no answer, 503, 504) the claim
 * stays and a later try refuses with MailOutcomeUnknownError rather than risk a second message.
 */
export class GraphMail implements MailPort {
  constructor(
    private readonly graph: GraphTransport,
    private readonly propertySetId: string,
    private readonly ledger: Collection<SentMailRecord>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const claim = await this.claim(mail);
    if (!claim) return; // sent before
    const body = { message: messageFor(mail, this.propertySetId), saveToSentItems: true };
    let res: GraphResponse;
    try {
      res = await this.graph.send({
        method: 'POST',
        url: '/me/sendMail',
        body,
        safeToRepeat: false,
        scopes: mailScopes,
      });
    } catch (e) {
      if (e instanceof GraphCallError && e.status === 0) throw new MailOutcomeUnknownError();
      // No token (consent refused, sign-in needed): nothing was sent.
      await this.mark(claim, 'failed').catch(() => undefined);
      throw e;
    }
    if (res.status === 202) {
      // Sent. Should this record fail to save, a later try refuses rather than sending twice.
      await this.mark(claim, 'sent').catch(() => undefined);
      return;
    }
    if (res.status >= 500) throw new MailOutcomeUnknownError();
    await this.mark(claim, 'failed').catch(() => undefined);
    throw refusal(res, { method: 'POST', url: '/me/sendMail' });
  }

  /** Claims the key for this attempt; undefined when the message was sent before. */
  private async claim(mail: OutgoingMail): Promise<Stored<SentMailRecord> | undefined> {
    const record: SentMailRecord = {
      id: mail.idempotencyKey,
      state: 'sending',
      at: this.now().toISOString(),
      purpose: mail.purpose,
    };
    try {
      return await this.ledger.create(record);
    } catch (e) {
      if (!(e instanceof ConflictError) || !e.current) throw e;
      const current = e.current as Stored<SentMailRecord>;
      if (current.doc.state === 'sent') return undefined;
      if (current.doc.state === 'sending') throw new MailOutcomeUnknownError();
      try {
        return await this.ledger.update(record, current.version);
      } catch (again) {
        // Someone else claimed it in between: theirs is the one attempt.
        if (again instanceof ConflictError) throw new MailOutcomeUnknownError();
        throw again;
      }
    }
  }

  private mark(claim: Stored<SentMailRecord>, state: SentMailRecord['state']) {
    return this.ledger.update({ ...claim.doc, state, at: this.now().toISOString() }, claim.version);
  }
}
