import { Spinner, Text } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';

import type { Binding } from '../../../app/binding';
import { useChairRole } from '../../../app/minutes/useChairRole';
import { useT } from '../../i18n/I18nProvider';
import { AcknowledgementGate, meetingViewParts } from '../meetingParts';
import { afterFirstScreen, preloadable } from '../preloadable';
import { viewAreas } from '../viewAreas';
import { Loading, SurfaceReady, NoCaseBound, NotOnCase } from '../SurfaceMessages';

// Shown only once the gate lets it: fetched at idle priority at once, run when the page is next idle
// after the gate is interactive.
const SidePanelRunner = preloadable(
  () => import(/* webpackPrefetch: true */ '../../minutes/SidePanelRunner'),
  viewAreas.sidePanelRunner,
);

/** Starts loading what the side panel shows first while the host and the store start; rendering reports any failure. */
export const preloadSidePanel = meetingViewParts.sidePanel;

/**
 * The meeting side panel (280 to 320 px wide), after the confidentiality acknowledgement: the chair's
 * run through the minutes; everyone else reads the same steps with nothing editable.
 */
export function SidePanelSurface({ binding }: { binding: Binding }) {
  const { caseId, meetingId } = binding;
  useEffect(
    () =>
      afterFirstScreen(() => {
        SidePanelRunner.warm();
        // The first step's forms too (the same chunk as the runner's own loader, so no second request for it).
        void import('../../minutes/SidePanelRunner').then((m) => m.preloadSectionForm()).catch(() => undefined);
      }),
    [],
  );
  if (binding.refused) return <NotOnCase message={binding.refused} />;
  if (!caseId) return <NoCaseBound />;
  return (
    <Suspense fallback={<Loading />}>
      <AcknowledgementGate caseId={caseId} meetingId={meetingId}>
        <RunnerForRole caseId={caseId} meetingId={meetingId} />
      </AcknowledgementGate>
      <SurfaceReady />
    </Suspense>
  );
}

function RunnerForRole({ caseId, meetingId }: { caseId: string; meetingId?: string }) {
  const t = useT();
  const role = useChairRole(caseId);
  // The read's own failure text is English; the panel says the same in the reader's language.
  if (role.state === 'error') return <Text role="alert">{t('meeting.sidePanel.chairCheckFailed')}</Text>;
  if (role.state === 'loading') return <Spinner size="tiny" label={t('meeting.sidePanel.opening')} />;
  return (
    <SidePanelRunner
      caseId={caseId}
      meetingId={meetingId}
      readOnly={!role.value.chair}
      chairName={role.value.chairName}
    />
  );
}
