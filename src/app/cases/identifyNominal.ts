import { caseKind, type Case, type Disposal, type Level, type Nominal } from '../../core/cases/case.schema';
import type { Agency, Person } from '../../core/people/agency';
import { allocateChair } from '../../core/cases/lifecycle/chairs';
import { exitDueDate } from '../../core/cases/lifecycle/exitDate';
import {
  categoryFromFacts,
  identificationDue,
  identificationProblems,
  identifiedLate,
  nextCaseReference,
  rescreeningDate,
  type CategoryFacts,
} from '../../core/cases/lifecycle/identification';
import { localDate, type IsoDate } from '../../core/shared/dates';
import { err, ok, type Result } from '../../core/shared/result';
import { msg, type Message } from '../../i18n/message';
import { audit, keepDecision, requireCoordinator, type LifecycleDeps } from './caseDecisions';

export type IdentificationInput = {
  nominal: Nominal;
  facts: CategoryFacts;
  level: Level;
  /** Required for Category 3: the capacity for serious harm and the current risk. */
  category3Rationale: string;
  /** Why this category and level, in the coordinator's words. */
  rationale: string;
  leadAgency: Agency;
  offenderManager?: Person;
  disposal: Disposal | undefined;
  mediaInterest?: boolean;
  /** The chair, when chosen; otherwise allocated for Level 2 or 3 from the area's eligible chairs. */
  chair?: Person;
};

export type Identified = {
  case: Case;
  identificationDue: IsoDate;
  late: boolean;
  rescreenOn?: IsoDate;
};

/** Standing members of the area, with the offender manager when there is one. */
export function membersFor(deps: Pick<LifecycleDeps, 'settings'>, offenderManager?: Person): Case['members'] {
  const standing = deps.settings.standingMembers.map((person) => ({ person, standing: true }));
  return offenderManager && !standing.some((m) => m.person.email === offenderManager.email)
    ? [...standing, { person: offenderManager, standing: false }]
    : standing;
}

/**
 * Identifies a new nominal and records the case: the category from the facts (precedence rule),
 * the notification record and re-screening dates for custody and hospital or guardianship orders,
 * the exit date where the law fixes it, and (Level 2 or 3) a chair from the area's eligible chairs.
 * Kept in the case's history and audited.
 */
export async function identifyNominal(
  deps: LifecycleDeps,
  input: IdentificationInput,
): Promise<Result<Identified, Message[]>> {
  await requireCoordinator(deps, 'identifyNominal');
  const problems: Message[] = [];
  const category = categoryFromFacts(input.facts, input.level, input.category3Rationale);
  if (!category.ok) problems.push(...category.error);
  problems.push(...identificationProblems(input.disposal));
  if (!input.rationale.trim()) problems.push(msg('cases.problem.identificationRationale'));
  if (!category.ok || problems.length) return err(problems);

  const cases = deps.storage.collection(caseKind);
  const all = await cases.list();
  const now = deps.clock.now();
  const today = localDate(now, deps.settings.timeZone);
  const chair =
    input.chair ??
    (input.level === 1
      ? undefined
      : allocateChair(
          deps.settings.chairs,
          input.level,
          all.map((s) => s.doc),
        ));
  const draft: Case = {
    id: deps.ids.newId('case'),
    reference: nextCaseReference(
      all.map((s) => s.doc.reference),
      Number(today.slice(0, 4)),
    ),
    area: deps.settings.areaName,
    nominal: input.nominal,
    category: category.value.category,
    level: input.level,
    leadAgency: input.leadAgency,
    ...(input.offenderManager ? { offenderManager: input.offenderManager } : {}),
    status: 'active',
    createdAt: now.toISOString(),
    ...(chair ? { chair } : {}),
    members: membersFor(deps, input.offenderManager),
    ...(input.disposal ? { disposal: input.disposal } : {}),
    flags: { mediaInterest: input.mediaInterest ?? false, seriousCaseReview: false },
  };
  const exitDue = exitDueDate(draft);
  const created = (await cases.create(exitDue ? { ...draft, exitDue } : draft)).doc;
  const rationale = [input.rationale.trim(), created.category === 3 ? input.category3Rationale.trim() : '']
    .filter(Boolean)
    .join('\n\n');
  await keepDecision(deps, {
    caseId: created.id,
    kind: 'identified',
    source: 'identification',
    level: { to: created.level },
    category: { to: created.category },
    rationale: rationale.slice(0, 2000),
  });
  const due = identificationDue(input.disposal!);
  const late = identifiedLate(input.disposal!, today);
  await audit(deps, {
    verb: 'create',
    subject: { kind: 'case', id: created.id },
    caseId: created.id,
    reason: 'Identified as a MAPPA nominal',
    detail: {
      category: String(created.category),
      level: String(created.level),
      disposal: input.disposal!.kind,
      identifiedLate: late ? 'yes' : 'no',
    },
  });
  const rescreenOn = rescreeningDate(input.disposal!);
  return ok({ case: created, identificationDue: due, late, ...(rescreenOn ? { rescreenOn } : {}) });
}
