import { useState } from 'react';

import type { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import type { Services } from '../../../src/app/services';
import type { AreaSettings } from '../../../src/core/area/areaSettings';
import type { OutgoingMail } from '../../../src/core/ports';
import type { MinimumNecessaryAnswers } from '../../../src/core/confidentiality/minimumNecessary';
import type { DisclosureContext } from '../../../src/core/disclosure/validateDisclosure';
import type { Agency } from '../../../src/core/people/agency';
import { MinimumNecessaryCheck } from '../../../src/ui/confidentiality/MinimumNecessaryCheck';
import { seriesKind } from '../../../src/core/panels/series.schema';
import { aPerson } from '../../builders';
import { aSeries } from '../../fakes/graph/scenario';
import { TestHost } from '../../fakes/testHost';
import { TestApp } from '../../support/testApp';

export type TestServices = Services & { sent: OutgoingMail[]; shared: string[]; store: MemoryStore };

/** A chair in a meeting side panel that can share to the stage; mail and stage shares are recorded. */
export function testServices(
  over: { settings?: Partial<AreaSettings>; stageSharing?: boolean; failMail?: boolean } = {},
): TestServices {
  const sent: OutgoingMail[] = [];
  const chair = aPerson({
    id: 'u_chair',
    name: 'Cara Chair',
    agency: 'police',
    email: 'cara.chair@probation.example.gov.uk',
  });
  const host = new TestHost({
    host: 'local',
    surface: 'sidePanel',
    capabilities: { stageSharing: over.stageSharing ?? true, tabConfiguration: false, nestedAppAuth: false },
  });
  const app = TestApp.create({
    host,
    mail: {
      send: async (m) => {
        if (over.failMail) throw new Error('offline');
        sent.push(m);
      },
    },
  })
    .as(chair)
    .withSettings({ approvedSecureDomains: ['probation.example.gov.uk'], ...over.settings });
  // The chair of case_1's panel, as the access policy asks; the memory store has it before any click.
  void app.store
    .collection(seriesKind)
    .create(aSeries({ id: 'ser_case_1', caseId: 'case_1', chair, members: [], status: 'active' }));
  return Object.assign(app.services, { store: app.store, sent, shared: host.shared });
}

export { renderWith } from '../../support/renderWith';

/** Holds the check's answers as an agency-entry form would. */
export function CheckHarness({
  agency,
  text,
  onValue,
}: {
  agency: Agency;
  text: string;
  onValue?: (v: MinimumNecessaryAnswers) => void;
}) {
  const [v, setV] = useState<MinimumNecessaryAnswers>();
  return (
    <MinimumNecessaryCheck
      agency={agency}
      at="agencyInformation.*.minimumNecessary"
      text={text}
      value={v}
      onChange={(x) => {
        setV(x);
        onValue?.(x);
      }}
    />
  );
}

export const adultContext: DisclosureContext = {
  nominal: { dateOfBirth: '1990-04-12', childSexOffender: false },
  meetingDate: '2026-11-20',
  attendeesPresent: [aPerson()],
};
