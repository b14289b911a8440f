import { writtenUpdateKind } from '../../core/actions/writtenUpdate.schema';
import { auditKind } from '../../core/audit/audit.schema';
import { accessTo, may, operationLabels, whomToAsk, type CaseAccess, type Operation } from '../../core/access/policy';
import { caseKind, type Case } from '../../core/cases/case.schema';
import { seriesKind, type PanelSeries } from '../../core/panels/series.schema';
import { NotOnCaseError } from '../../core/shared/errors';
import type { Services } from '../services';

export type AccessDeps = Pick<Services, 'storage' | 'settings' | 'me'>;
export type GuardDeps = AccessDeps & Pick<Services, 'ids' | 'clock'>;

const caseRecordFacts = (c: Case | undefined) =>
  c ? { chair: c.chair, members: c.members.map((m) => m.person), status: c.status } : undefined;

/** What the signed-in person may do on a case, from its series, the area's coordinators and the written updates asked for. */
export async function caseAccess({ storage, settings, me }: AccessDeps, caseId: string): Promise<CaseAccess> {
  const [series, updates, record] = await Promise.all([
    storage.collection(seriesKind).list({ caseId }),
    storage.collection(writtenUpdateKind).list({ caseId }),
    storage.collection(caseKind).get(caseId),
  ]);
  return accessTo(me, {
    caseId,
    series: series.map((s) => s.doc).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
    areaCoordinators: settings.coordinators,
    writtenUpdateFrom: updates.map((u) => u.doc.author),
    caseRecord: caseRecordFacts(record?.doc),
  });
}

/**
 * Asks the policy before a use case reads or writes a case. A refusal is audited (identifiers only:
 * who, which case, which operation) and raised as `NotOnCaseError`, naming whom to ask.
 */
export async function requireAccess(deps: GuardDeps, caseId: string, op: Operation): Promise<CaseAccess> {
  return allowOrRefuse(deps, await caseAccess(deps, caseId), op);
}

/**
 * The same, from the case's series the caller has already read: for the panel operations, which a
 * written update never grants, so no further read (and no further round trip) is needed.
 */
export async function requirePanelAccess(
  deps: GuardDeps,
  caseId: string,
  series: readonly PanelSeries[],
  op: 'schedule' | 'changeLevel' | 'exit',
): Promise<CaseAccess> {
  const access = accessTo(deps.me, {
    caseId,
    series: [...series].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)),
    areaCoordinators: deps.settings.coordinators,
    writtenUpdateFrom: [],
  });
  return allowOrRefuse(deps, access, op);
}

async function allowOrRefuse(deps: GuardDeps, access: CaseAccess, op: Operation): Promise<CaseAccess> {
  const { caseId } = access;
  if (may(access, op)) return access;
  const ask = whomToAsk(access, op);
  const part = ask && ask === access.coordinator ? 'coordinator' : 'chair';
  const error = new NotOnCaseError(
    caseId,
    access.role === 'none' ? 'noRole' : 'notAllowed',
    operationLabels[op],
    ask ? { name: ask.name, part } : undefined,
    op,
  );
  await deps.storage
    .collection(auditKind)
    .create({
      id: deps.ids.newId('aud'),
      at: deps.clock.now().toISOString(),
      actor: { id: deps.me.id, name: deps.me.name },
      verb: 'refuse',
      subject: { kind: 'case', id: caseId },
      caseId,
      reason: access.role === 'none' ? 'Not on this case' : 'Role does not allow this',
      detail: { operation: op, role: access.role },
    })
    .catch(() => undefined); // The refusal stands even when its audit line cannot be written.
  throw error;
}
