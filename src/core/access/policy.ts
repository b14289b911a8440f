import type { Agency, Person } from '../people/agency';

/**
 * Need to know, as one pure rule (MAPPA guidance: each agency sees what its role on a case requires,
 * and the chair controls onward sharing). Every use case that reads or writes a case asks it first;
 * screens hide what it refuses.
 */

/** A person's part in a case, strongest first. */
export type CaseRole = 'coordinator' | 'chair' | 'member' | 'writtenUpdate' | 'none';

export const operations = [
  'readMinutes',
  'writeMinutes',
  'finalise',
  'recordDisclosure',
  'export',
  'distribute',
  'schedule',
  'changeLevel',
  'exit',
  'readAudit',
  /** Sending a written update for a meeting the person cannot attend. */
  'submitWrittenUpdate',
] as const;
export type Operation = (typeof operations)[number];

/** Parts of the minutes only some roles need: victims, children, third parties told under disclosure. */
export const restrictedAreas = ['victimSafety', 'children', 'disclosure'] as const;
export type RestrictedArea = (typeof restrictedAreas)[number];

export const operationLabels: Record<Operation, string> = {
  readMinutes: 'read the minutes',
  writeMinutes: 'write the minutes',
  finalise: 'finalise or correct the minutes',
  recordDisclosure: 'record a disclosure decision',
  export: 'export the minutes',
  distribute: 'distribute the minutes',
  schedule: 'schedule the panel',
  changeLevel: 'change the level or category',
  exit: 'end the panel or exit the case from MAPPA',
  readAudit: 'read the audit log',
  submitWrittenUpdate: 'send a written update',
};

type Ref = Pick<Person, 'id' | 'email'>;

/** What the policy needs to know about a case: its panel series and who was asked for a written update. */
export type CaseAccessFacts = {
  caseId: string;
  /** Every series of the case; an ended series no longer gives its people a role. */
  series: readonly { chair: Person; coordinator?: Person | undefined; members: readonly Person[]; status: string }[];
  /** The area's MAPPA coordinators (area settings). */
  areaCoordinators: readonly Person[];
  /** People asked for a written update for one of the case's meetings. */
  writtenUpdateFrom: readonly Ref[];
  /** The case record's own chair and panel members (an exited case gives nobody a role through them). */
  caseRecord?: { chair?: Person | undefined; members: readonly Person[]; status: 'active' | 'exited' } | undefined;
};

export type CaseAccess = {
  caseId: string;
  /** The strongest of the person's roles. */
  role: CaseRole;
  roles: readonly CaseRole[];
  operations: ReadonlySet<Operation>;
  restricted: ReadonlySet<RestrictedArea>;
  /** Whom to ask: the case's chair and the area's (or the series') coordinator, when known. */
  chair?: Person;
  coordinator?: Person;
};

/** The same person, by directory id or address (local mode and Graph mode name people alike by address). */
export const samePerson = (a: Ref, b: Ref): boolean =>
  a.id === b.id || a.email.trim().toLowerCase() === b.email.trim().toLowerCase();

const all = new Set<Operation>(operations);

/** What each role may do. The chair signs and controls onward sharing; the coordinator runs the panels and holds the records. */
const allowed: Record<CaseRole, ReadonlySet<Operation>> = {
  coordinator: new Set<Operation>([
    'readMinutes',
    // The coordinator's office often takes the minutes.
    'writeMinutes',
    // Requests for the minutes go to the coordinator, who may release an executive summary.
    'export',
    'distribute',
    'schedule',
    'changeLevel',
    'exit',
    'readAudit',
  ]),
  chair: new Set<Operation>([...all].filter((o) => o !== 'schedule' && o !== 'readAudit')),
  member: new Set<Operation>(['readMinutes', 'writeMinutes', 'submitWrittenUpdate']),
  writtenUpdate: new Set<Operation>(['submitWrittenUpdate']),
  none: new Set<Operation>(),
};

/** Which agencies' roles need each restricted area (MAPPA guidance; the victim liaison officer for victims). */
const needToKnow: Record<RestrictedArea, readonly Agency[]> = {
  victimSafety: ['police', 'probation', 'victimLiaison'],
  children: ['childrensServices', 'police', 'probation', 'youthJustice'],
  // The Responsible Authority keeps the disclosure record.
  disclosure: ['police', 'probation', 'prison'],
};

const rank: readonly CaseRole[] = ['coordinator', 'chair', 'member', 'writtenUpdate', 'none'];

/** The person's roles on the case, strongest first; `['none']` when they have none. */
export function rolesOn(person: Ref, facts: CaseAccessFacts): CaseRole[] {
  const live = facts.series.filter((s) => s.status !== 'ended');
  const roles = new Set<CaseRole>();
  if (
    facts.areaCoordinators.some((c) => samePerson(c, person)) ||
    live.some((s) => s.coordinator && samePerson(s.coordinator, person))
  ) {
    roles.add('coordinator');
  }
  const record = facts.caseRecord?.status === 'active' ? facts.caseRecord : undefined;
  if (live.some((s) => samePerson(s.chair, person)) || (record?.chair && samePerson(record.chair, person))) {
    roles.add('chair');
  }
  if (
    live.some((s) => s.members.some((m) => samePerson(m, person))) ||
    record?.members.some((m) => samePerson(m, person))
  ) {
    roles.add('member');
  }
  if (facts.writtenUpdateFrom.some((p) => samePerson(p, person))) roles.add('writtenUpdate');
  const found = rank.filter((r) => roles.has(r));
  return found.length > 0 ? found : ['none'];
}

/** Everything the person may do on the case, and which restricted parts they see. */
export function accessTo(person: Person, facts: CaseAccessFacts): CaseAccess {
  const roles = rolesOn(person, facts);
  const ops = new Set<Operation>(roles.flatMap((r) => [...allowed[r]]));
  const seesMinutes = ops.has('readMinutes');
  const restricted = new Set<RestrictedArea>(
    // The chair runs the whole meeting and the coordinator holds its record; others by agency.
    restrictedAreas.filter(
      (area) =>
        seesMinutes &&
        (roles.includes('chair') || roles.includes('coordinator') || needToKnow[area].includes(person.agency)),
    ),
  );
  const current = facts.series.find((s) => s.status !== 'ended') ?? facts.series[facts.series.length - 1];
  const coordinator = facts.areaCoordinators[0] ?? current?.coordinator;
  return {
    caseId: facts.caseId,
    role: roles[0] ?? 'none',
    roles,
    operations: ops,
    restricted,
    ...(current ? { chair: current.chair } : facts.caseRecord?.chair ? { chair: facts.caseRecord.chair } : {}),
    ...(coordinator ? { coordinator } : {}),
  };
}

export const may = (access: CaseAccess, op: Operation): boolean => access.operations.has(op);

/** Which restricted part of the minutes a section belongs to, when the whole section is need-to-know. */
const sectionArea: Readonly<Record<string, RestrictedArea>> = {
  victimIssues: 'victimSafety',
  safeguarding: 'children',
  disclosure: 'disclosure',
};

/** Whether a section of the minutes is shown to the person: restricted sections only within their need to know. */
export const seesSection = (access: CaseAccess, sectionId: string): boolean => {
  const area = sectionArea[sectionId];
  return access.operations.has('readMinutes') && (!area || access.restricted.has(area));
};

/** The area as a subject of the policy (the audit log, the area's lists): only the area's coordinators have a role on it. */
export const areaFacts = (areaCoordinators: readonly Person[]): CaseAccessFacts => ({
  caseId: 'area',
  series: [],
  areaCoordinators,
  writtenUpdateFrom: [],
});

/** Whom a refused person should ask: the coordinator for panels and records, else the chair. */
export function whomToAsk(access: CaseAccess, op: Operation): Person | undefined {
  const coordinatorFirst = access.role === 'none' || ['schedule', 'changeLevel', 'exit', 'readAudit'].includes(op);
  return coordinatorFirst ? (access.coordinator ?? access.chair) : (access.chair ?? access.coordinator);
}
