import { samePerson } from '../../core/access/policy';
import { auditKind, type AuditEvent } from '../../core/audit/audit.schema';
import { caseDecisionKind, type CaseDecision } from '../../core/cases/lifecycle/caseHistory.schema';
import { RefusedError } from '../../core/shared/errors';
import { schemaProblem, type SchemaIssue } from '../../core/shared/schemaProblems';
import { msg, type Message, type MessageKey } from '../../i18n/message';
import { english } from '../../i18n/translator';
import type { Services } from '../services';

export type LifecycleDeps = Pick<Services, 'storage' | 'settings' | 'me' | 'ids' | 'clock'>;

const actor = (deps: LifecycleDeps) => ({ id: deps.me.id, name: deps.me.name });

/** One audit line: who, when, what and why; labels only, never case content. */
export async function audit(
  deps: LifecycleDeps,
  line: Pick<AuditEvent, 'verb' | 'subject'> & Partial<Pick<AuditEvent, 'caseId' | 'reason' | 'detail'>>,
): Promise<void> {
  await deps.storage.collection(auditKind).create({
    id: deps.ids.newId('aud'),
    at: deps.clock.now().toISOString(),
    actor: actor(deps),
    detail: {},
    ...line,
  });
}

/** Keeps a decision in the case's history. */
export async function keepDecision(
  deps: LifecycleDeps,
  decision: Omit<CaseDecision, 'id' | 'at' | 'by'>,
): Promise<CaseDecision> {
  const doc: CaseDecision = {
    id: deps.ids.newId('dec'),
    at: deps.clock.now().toISOString(),
    by: actor(deps),
    ...decision,
  };
  await deps.storage.collection(caseDecisionKind).create(doc);
  return doc;
}

export const isAreaCoordinator = (deps: Pick<Services, 'settings' | 'me'>): boolean =>
  deps.settings.coordinators.some((c) => samePerson(c, deps.me));

/** A refusal said in the reader's language, its English kept as the error's message for the log. */
export const refusal = (said: Message): RefusedError => new RefusedError(said, english()(said));

/**
 * A form's schema issues as messages, once each: the schema's own words (kept in English for the
 * log) through `known`, anything else by what went wrong (`schemaProblem`).
 */
export function issueMessages(
  issues: readonly (SchemaIssue & { readonly message: string })[],
  known: Readonly<Record<string, MessageKey>>,
): Message[] {
  const out = new Map<string, Message>();
  for (const issue of issues) {
    const key = known[issue.message];
    const said = key ? msg(key) : schemaProblem(issue);
    out.set(JSON.stringify(said), said);
  }
  return [...out.values()];
}

/** The steps only the area's coordinators take, as the audit names them (kept in English, as every audit line). */
const coordinatorSteps = {
  decideReferral: 'decide a referral',
  identifyNominal: 'identify a new nominal',
} as const;
export type CoordinatorStep = keyof typeof coordinatorSteps;

/**
 * Steps with no case yet (identifying a nominal, deciding a referral) belong to the area's MAPPA
 * coordinators. A refusal is audited like the case policy's.
 */
export async function requireCoordinator(deps: LifecycleDeps, step: CoordinatorStep): Promise<void> {
  if (isAreaCoordinator(deps)) return;
  await audit(deps, {
    verb: 'refuse',
    subject: { kind: 'area', id: deps.settings.areaName.replace(/\s+/g, '-').toLowerCase() || 'area' },
    reason: 'Only the area’s MAPPA coordinators may do this',
    detail: { operation: coordinatorSteps[step] },
  }).catch(() => undefined);
  // One whole sentence per step, so each language words it its own way.
  throw refusal(msg(`cases.problem.coordinatorOnly.${step}`));
}
