import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { useState, type ReactElement } from 'react';

import { MemoryStore } from '../../../src/adapters/memory/memoryStore';
import { ServicesProvider } from '../../../src/app/ServicesProvider';
import type { Services } from '../../../src/app/services';
import { defaultAreaSettings, type AreaSettings } from '../../../src/core/area/areaSettings';
import type { HostContext } from '../../../src/core/host';
import type { OutgoingMail } from '../../../src/core/ports';
import type { MinimumNecessaryAnswers } from '../../../src/core/confidentiality/minimumNecessary';
import type { DisclosureContext } from '../../../src/core/disclosure/validateDisclosure';
import type { Agency } from '../../../src/core/people/agency';
import { MinimumNecessaryCheck } from '../../../src/ui/confidentiality/MinimumNecessaryCheck';
import { aPerson } from '../../builders';

export type TestServices = Services & { sent: OutgoingMail[]; shared: string[]; store: MemoryStore };

export function testServices(
  over: { settings?: Partial<AreaSettings>; stageSharing?: boolean; failMail?: boolean } = {},
): TestServices {
  let n = 0;
  const sent: OutgoingMail[] = [];
  const shared: string[] = [];
  const store = new MemoryStore();
  const context: HostContext = {
    host: 'local',
    surface: 'sidePanel',
    theme: 'light',
    locale: 'en-GB',
    capabilities: { stageSharing: over.stageSharing ?? true, tabConfiguration: false, nestedAppAuth: false },
  };
  return {
    mode: 'local',
    storage: store,
    store,
    clock: { now: () => new Date('2026-11-20T10:00:00.000Z') },
    ids: { newId: (p = 'id') => `${p}_${++n}` },
    mail: {
      send: async (m) => {
        if (over.failMail) throw new Error('offline');
        sent.push(m);
      },
    },
    directory: { me: async () => aPerson(), searchPeople: async () => [] },
    host: {
      context,
      onThemeChange: () => () => undefined,
      shareToStage: async (url) => {
        shared.push(url);
      },
      setConfigurationValid: () => undefined,
      onConfigurationSave: () => undefined,
      notifyReady: () => undefined,
    },
    settings: { ...defaultAreaSettings(), approvedSecureDomains: ['probation.example.gov.uk'], ...over.settings },
    me: aPerson({ id: 'u_chair', name: 'Cara Chair', agency: 'police', email: 'cara.chair@probation.example.gov.uk' }),
    sent,
    shared,
  };
}

export function renderWith(services: Services, ui: ReactElement) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
}

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
