import type { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import type { AreaSettings } from '../../../src/core/area/areaSettings';
import type { Person } from '../../../src/core/people/agency';
import type { MailPort } from '../../../src/core/ports';
import { TestHost } from '../../fakes/testHost';
import { FakeMail, TestApp } from '../../support/testApp';

export { FakeMail, fixedNow } from '../../support/testApp';
export { renderWith } from '../../support/renderWith';

/** The actions screens run as a personal tab in Outlook. */
export function makeServices(
  over: { me?: Person; mail?: MailPort | 'local'; storage?: MemoryStore; settings?: Partial<AreaSettings> } = {},
) {
  const app = TestApp.create({
    storage: over.storage,
    host: new TestHost({
      host: 'outlook',
      surface: 'personal',
      capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
    }),
    mail: over.mail === 'local' || !over.mail ? new FakeMail() : over.mail,
  });
  if (over.mail === 'local') app.withLocalMail();
  if (over.me) app.as(over.me);
  if (over.settings) app.withSettings(over.settings);
  return { services: app.services, storage: app.store, mail: app.services.mail };
}
