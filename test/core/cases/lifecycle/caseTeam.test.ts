import type { CaseMember } from '../../../../src/core/cases/case.schema';
import { caseTeamDifference, caseTeamProblems, membersByAgency } from '../../../../src/core/cases/lifecycle/caseTeam';
import { aCase, aPerson } from '../../../builders';

const sian = aPerson({ id: 'u_sian', name: 'Siân Fictional', email: 'sian@probation.example.gov.uk' });
const owen = aPerson({ id: 'u_owen', name: 'Owen Fictional', email: 'owen@police.example.gov.uk', agency: 'police' });
const helen = aPerson({ id: 'u_helen', name: 'Helen Fictional', email: 'helen@probation.example.gov.uk' });
const chairs = { level2: [sian, owen], level3: [helen] };

const dan = aPerson({ id: 'u_dan', name: 'Dan Fictional', email: 'dan@police.example.gov.uk', agency: 'police' });
const gareth = aPerson({
  id: 'u_gar',
  name: 'Gareth Fictional',
  email: 'gareth@housing.example.gov.uk',
  agency: 'housing',
});
const amy = aPerson({ id: 'u_amy', name: 'Amy Fictional', email: 'amy@police.example.gov.uk', agency: 'police' });
const member = (person: typeof dan, standing = true): CaseMember => ({ person, standing });

const level2 = aCase({ level: 2, chair: sian, members: [member(dan), member(gareth)] });
const keys = (c: Parameters<typeof caseTeamProblems>[0], change: Parameters<typeof caseTeamProblems>[1]) =>
  caseTeamProblems(c, change, chairs).map((m) => m.key);

describe('a case’s chair and members', () => {
  it('takes a change to another eligible chair with a rationale', () => {
    expect(keys(level2, { chair: owen, members: level2.members, rationale: 'Sian moves area.' })).toEqual([]);
  });

  it('takes the chair only from the eligible chairs for the case’s level', () => {
    expect(keys(level2, { chair: helen, members: level2.members, rationale: 'r' })).toEqual([
      'caseTeam.team.problem.notEligible',
    ]);
    expect(
      caseTeamProblems(level2, { chair: helen, members: level2.members, rationale: 'r' }, chairs)[0]?.values,
    ).toEqual({
      name: helen.name,
      level: 2,
    });
    expect(keys(aCase({ ...level2, level: 3 }), { chair: helen, members: level2.members, rationale: 'r' })).toEqual([]);
    expect(keys(level2, { members: level2.members, rationale: 'r' })).toEqual(['caseTeam.team.problem.noChair']);
  });

  it('needs no chair at Level 1, which has no panels', () => {
    const level1 = aCase({ level: 1, members: [member(dan)] });
    expect(keys(level1, { members: [member(dan), member(amy, false)], rationale: 'Amy joins.' })).toEqual([]);
  });

  it('lists each member once, needs one at least, a change and a rationale', () => {
    expect(
      keys(level2, { chair: sian, members: [...level2.members, member(amy, false), member(dan)], rationale: 'r' }),
    ).toEqual(['caseTeam.team.problem.twice']);
    expect(keys(level2, { chair: sian, members: [], rationale: 'r' })).toEqual(['caseTeam.team.problem.noMembers']);
    expect(keys(level2, { chair: sian, members: level2.members, rationale: '  ' })).toEqual([
      'caseTeam.team.problem.unchanged',
      'caseTeam.team.problem.rationale',
    ]);
  });

  it('counts a member who becomes involved rather than standing as a change', () => {
    expect(keys(level2, { chair: sian, members: [member(dan, false), member(gareth)], rationale: 'r' })).toEqual([]);
  });

  it('no longer changes once the case has exited', () => {
    expect(keys({ ...level2, status: 'exited' }, { chair: owen, members: level2.members, rationale: 'r' })).toEqual([
      'caseTeam.team.problem.exited',
    ]);
  });

  it('says who joins and who leaves', () => {
    expect(caseTeamDifference(level2, { chair: owen, members: [member(dan), member(amy, false)] })).toEqual({
      chair: { from: sian, to: owen },
      added: [amy],
      removed: [gareth],
    });
    expect(caseTeamDifference(level2, { chair: { ...sian, name: 'Siân F.' }, members: level2.members })).toEqual({
      added: [],
      removed: [],
    });
  });

  it('groups the members by agency in the usual order, by name within each', () => {
    expect(
      membersByAgency([member(gareth), member(dan), member(amy)]).map(([agency, list]) => [
        agency,
        list.map((m) => m.person.name),
      ]),
    ).toEqual([
      ['police', ['Amy Fictional', 'Dan Fictional']],
      ['housing', ['Gareth Fictional']],
    ]);
  });
});
