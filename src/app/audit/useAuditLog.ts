import { useCallback } from 'react';

import type { AuditVerb } from '../../core/audit/audit.schema';
import { isNotOnCase } from '../../core/shared/errors';
import { useServices } from '../ServicesProvider';
import { useRead } from '../useRead';
import { readAuditLog } from './auditLog';

/** The audit log for the audit page, filtered in the store by case and kind. */
export function useAuditLog(filter: { caseId?: string; verb?: AuditVerb }) {
  const services = useServices();
  const { caseId, verb } = filter;
  // A refusal by the policy is an answer to show (whom to ask), not a failure to load.
  const load = useCallback(
    () =>
      readAuditLog(services, { caseId, verb }).catch((e: unknown) => {
        if (isNotOnCase(e)) return { refused: e.said };
        throw e;
      }),
    [services, caseId, verb],
  );
  return useRead(load, {
    // Data and render time for the benchmark (bench/audit.bench.ts).
    mark: 'audit-log',
  });
}
