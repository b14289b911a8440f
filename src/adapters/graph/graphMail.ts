import type { FileAttachment, Message } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

import type { MailPort, OutgoingMail } from '../../core/ports';
import { GraphCallError, type GraphTransport } from './transport';

const keyProperty = (guid: string) => `String {${guid}} Name MappaMailKey`;
const SentList = z.object({ value: z.array(z.object({ id: z.string() })) });

/** The message for a mail: plain text, marked confidential (MAPI sensitivity 3), stamped with its idempotency key. */
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

/**
 * Mail through `sendMail`. sendMail has no idempotency of its own, so the key rides on the message
 * as an extended property: a retry after an unclear failure first looks in Sent Items for it.
 */
export class GraphMail implements MailPort {
  constructor(
    private readonly graph: GraphTransport,
    private readonly propertySetId: string,
  ) {}

  async send(mail: OutgoingMail): Promise<void> {
    const body = { message: messageFor(mail, this.propertySetId), saveToSentItems: true };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0 && (await this.alreadySent(mail.idempotencyKey))) return;
      try {
        const res = await this.graph.send({ method: 'POST', url: '/me/sendMail', body, safeToRepeat: false });
        if (res.status === 202) return;
        if (res.status < 500) throw new GraphCallError(res.status, 'sendMailFailed', 'POST /me/sendMail');
      } catch (e) {
        if (e instanceof GraphCallError && e.status !== 0) throw e;
      }
    }
    throw new GraphCallError(0, 'noResponse', 'POST /me/sendMail');
  }

  private async alreadySent(key: string): Promise<boolean> {
    const f = `singleValueExtendedProperties/Any(ep: ep/id eq '${keyProperty(this.propertySetId)}' and ep/value eq '${key.replace(/'/g, "''")}')`;
    const res = await this.graph.call({
      method: 'GET',
      url: `/me/mailFolders/SentItems/messages?$filter=${encodeURIComponent(f)}&$select=id`,
      safeToRepeat: true,
    });
    return SentList.parse(res.body).value.length > 0;
  }
}
