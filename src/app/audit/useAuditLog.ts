import { useCallback, useMemo, useRef } from 'react';

import type { AuditEvent, AuditVerb } from '../../core/audit/audit.schema';
import { filterAudit, pageOf } from '../../core/audit/auditLog';
import { isNotOnCase } from '../../core/shared/errors';
import type { Message } from '../../i18n/message';
import { useServices } from '../ServicesProvider';
import { useRead, type Loaded } from '../useRead';
import { readAuditLog, readAuditPage, type AuditLog } from './auditLog';

/** What the audit page shows: one page of events, newest first, and where it stands among them. */
export type AuditView = {
  rows: AuditEvent[];
  /** Events the filter selects in all. */
  total: number;
  page: number;
  pageCount: number;
  caseReferences: Map<string, string>;
};

type Refused = { refused: Message };

/** A refusal by the policy is an answer to show (whom to ask), not a failure to load. */
const refusedAsAnswer = (e: unknown): Refused => {
  if (isNotOnCase(e)) return { refused: e.said };
  throw e;
};

/** Never settles: the read that is not the one in use. */
const notNeeded = () => new Promise<never>(() => undefined);

/**
 * One page of the audit log. Filtered by case and kind, the store reads the page alone. A person
 * (any part of a name or an id) is no index: with one typed, the events of that case and kind are
 * read once and matched here as the person types.
 */
export function useAuditLog(filter: {
  caseId?: string;
  verb?: AuditVerb;
  person?: string;
  page: number;
  perPage: number;
}): Loaded<AuditView | Refused> {
  const services = useServices();
  const { caseId, verb, page, perPage } = filter;
  const person = filter.person?.trim() ?? '';
  const byPerson = person !== '';

  const loadPage = useCallback(async (): Promise<AuditView | Refused> => {
    if (byPerson) return notNeeded();
    try {
      let read = await readAuditPage(services, { caseId, verb }, page, perPage);
      const pageCount = Math.max(1, Math.ceil(read.total / perPage));
      const at = Math.min(Math.max(0, page), pageCount - 1);
      // A page beyond the last (the log is shorter under a new filter) shows the last page instead.
      if (at !== page) read = await readAuditPage(services, { caseId, verb }, at, perPage);
      return { rows: read.events, total: read.total, page: at, pageCount, caseReferences: read.caseReferences };
    } catch (e) {
      return refusedAsAnswer(e);
    }
  }, [services, caseId, verb, page, perPage, byPerson]);
  // Data and render time for the benchmark (bench/audit.bench.ts).
  const [paged] = useRead(loadPage, { mark: 'audit-log' });

  const loadAll = useCallback(
    (): Promise<AuditLog | Refused> =>
      byPerson ? readAuditLog(services, { caseId, verb }).catch(refusedAsAnswer) : notNeeded(),
    [services, caseId, verb, byPerson],
  );
  const [all] = useRead(loadAll);

  // While the other read starts (a person typed, or cleared), the last view stays on screen, so the
  // page and the box being typed in are not replaced by a spinner.
  const last = useRef<Loaded<AuditView | Refused>>({ state: 'loading' });
  const current = useMemo((): Loaded<AuditView | Refused> => {
    if (!byPerson) return paged;
    if (all.state !== 'ready') return all;
    if ('refused' in all.value) return { state: 'ready', value: all.value };
    const matched = filterAudit(all.value.events, { caseId, verb, person });
    const current = pageOf(matched, page, perPage);
    return {
      state: 'ready',
      value: { ...current, total: matched.length, caseReferences: all.value.caseReferences },
    };
  }, [byPerson, paged, all, caseId, verb, person, page, perPage]);
  if (current.state === 'loading') return last.current;
  last.current = current;
  return current;
}
