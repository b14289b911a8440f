import { samePerson } from '../../access/policy';
import { agencies, type Agency, type Person } from '../../people/agency';
import { msg, type Message } from '../../../i18n/message';
import type { Case, CaseMember } from '../case.schema';
import { eligibleChairs, type EligibleChairs } from './chairs';

/** A case's chair and panel members as the coordinator sets them, with the reason. */
export type CaseTeamChange = { chair?: Person | undefined; members: readonly CaseMember[]; rationale: string };

/** Who joins and who leaves: what the history and the audit say of a change. */
export type CaseTeamDifference = {
  chair?: { from?: Person | undefined; to?: Person | undefined };
  added: Person[];
  removed: Person[];
};

const samePeople = (a: Person | undefined, b: Person | undefined) =>
  a === undefined || b === undefined ? a === b : samePerson(a, b);

export function caseTeamDifference(
  before: Pick<Case, 'chair' | 'members'>,
  after: Pick<CaseTeamChange, 'chair' | 'members'>,
): CaseTeamDifference {
  const added = after.members.filter((m) => !before.members.some((b) => samePerson(b.person, m.person)));
  const removed = before.members.filter((b) => !after.members.some((m) => samePerson(b.person, m.person)));
  return {
    ...(samePeople(before.chair, after.chair) ? {} : { chair: { from: before.chair, to: after.chair } }),
    added: added.map((m) => m.person),
    removed: removed.map((m) => m.person),
  };
}

/** Whether a member's standing flag changed (standing member or involved in the case). */
const standingChanged = (before: Pick<Case, 'members'>, after: Pick<CaseTeamChange, 'members'>) =>
  after.members.some((m) => before.members.some((b) => samePerson(b.person, m.person) && b.standing !== m.standing));

/**
 * What a change of a case's chair and members still needs (MAPPA guidance: a Level 2 or 3 panel is
 * chaired by someone of the seniority the level needs, so the chair comes from the area's eligible
 * chairs for the case's level; Level 1 has no panel and needs none). Every member appears once; a
 * rationale is always given; an exited case's team no longer changes.
 */
export function caseTeamProblems(
  c: Pick<Case, 'level' | 'status' | 'chair' | 'members'>,
  change: CaseTeamChange,
  chairs: EligibleChairs,
): Message[] {
  const out: Message[] = [];
  if (c.status === 'exited') return [msg('caseTeam.team.problem.exited')];
  if (c.level !== 1) {
    if (!change.chair) out.push(msg('caseTeam.team.problem.noChair', { level: c.level }));
    else if (!eligibleChairs(chairs, c.level).some((p) => samePerson(p, change.chair!))) {
      out.push(msg('caseTeam.team.problem.notEligible', { name: change.chair.name, level: c.level }));
    }
  }
  const seen: Person[] = [];
  for (const m of change.members) {
    if (seen.some((p) => samePerson(p, m.person))) {
      out.push(msg('caseTeam.team.problem.twice', { name: m.person.name }));
    } else seen.push(m.person);
  }
  if (change.members.length === 0) out.push(msg('caseTeam.team.problem.noMembers'));
  const difference = caseTeamDifference(c, change);
  if (!difference.chair && !difference.added.length && !difference.removed.length && !standingChanged(c, change)) {
    out.push(msg('caseTeam.team.problem.unchanged'));
  }
  if (!change.rationale.trim()) out.push(msg('caseTeam.team.problem.rationale'));
  return out;
}

/** The members grouped by agency, agencies in the app's usual order, people by name within each. */
export function membersByAgency(members: readonly CaseMember[]): [Agency, CaseMember[]][] {
  const order = Object.keys(agencies) as Agency[];
  return order
    .map((agency): [Agency, CaseMember[]] => [
      agency,
      members.filter((m) => m.person.agency === agency).sort((a, b) => a.person.name.localeCompare(b.person.name)),
    ])
    .filter(([, list]) => list.length > 0);
}
