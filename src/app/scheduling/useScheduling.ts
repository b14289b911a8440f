import { useMemo } from 'react';

import { LocalScheduling } from '../../adapters/local/localScheduling';
import type { SchedulingPort } from '../../core/scheduling/schedulingPort';
import { useServices } from '../ServicesProvider';

/**
 * The scheduling port: Graph mode's composition supplies one beside the other services; local
 * mode records series in the embedded store.
 */
export function useScheduling(): SchedulingPort {
  const services = useServices();
  const supplied = services.scheduling;
  return useMemo(
    () => supplied ?? new LocalScheduling(services.storage, services.clock),
    [supplied, services.storage, services.clock],
  );
}
