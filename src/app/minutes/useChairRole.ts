import { useCallback } from 'react';

import { may } from '../../core/access/policy';
import { caseAccess } from '../access/caseAccess';
import { useServices } from '../ServicesProvider';
import { useRead, type Loaded } from '../useRead';

export { samePerson } from '../../core/access/policy';

/**
 * Whether the signed-in person runs this case's meeting from the side panel, as the access policy
 * decides (the chair of the case or its live series; nobody else moves the shared step), and who
 * chairs it. One rule: the same policy every use case asks.
 */
export function useChairRole(caseId: string): Loaded<{ chair: boolean; chairName?: string }> {
  const services = useServices();
  const load = useCallback(async () => {
    const access = await caseAccess(services, caseId);
    const chair = access.roles.includes('chair') && may(access, 'writeMinutes');
    return access.chair ? { chair, chairName: access.chair.name } : { chair };
  }, [services, caseId]);
  return useRead(load)[0];
}
