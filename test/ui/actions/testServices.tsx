import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { LocalMail } from '../../../src/adapters/local/localMail';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import type { Services } from '../../../src/app/services';
import { defaultAreaSettings } from '../../../src/core/area/areaSettings';
import type { Person } from '../../../src/core/people/agency';
import type { MailPort, OutgoingMail } from '../../../src/core/ports';
import { aPerson } from '../../builders';
import { TestHost } from '../../fakes/testHost';

export const fixedNow = new Date('2026-11-20T10:00:00.000Z');

/** Records what would be sent; a repeated idempotency key is the same message, as the port promises. */
export class FakeMail implements MailPort {
  readonly sent: OutgoingMail[] = [];
  failNext = 0;
  async send(mail: OutgoingMail): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('Mail service unavailable');
    }
    if (!this.sent.some((m) => m.idempotencyKey === mail.idempotencyKey)) this.sent.push(mail);
  }
}

const host = new TestHost({
  host: 'outlook',
  surface: 'personal',
  capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
});

export function makeServices(over: { me?: Person; mail?: MailPort | 'local'; storage?: MemoryStore } = {}) {
  const storage = over.storage ?? new MemoryStore();
  const clock = { now: () => new Date(fixedNow) };
  let n = 0;
  const mail = over.mail === 'local' ? new LocalMail(storage, clock) : (over.mail ?? new FakeMail());
  const services: Services = {
    mode: 'local',
    storage,
    clock,
    ids: { newId: (prefix) => `${prefix ?? 'id'}_${++n}` },
    mail,
    directory: { me: async () => services.me, searchPeople: async () => [] },
    host,
    settings: defaultAreaSettings(),
    me: over.me ?? aPerson(),
  };
  return { services, storage, mail };
}

export function renderWith(services: Services, ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
}
