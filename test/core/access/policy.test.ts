import {
  seesSection,
  accessTo,
  may,
  operations,
  restrictedAreas,
  whomToAsk,
  type CaseRole,
  type RestrictedArea,
} from '../../../src/core/access/policy';
import type { Agency } from '../../../src/core/people/agency';
import { NotOnCaseError, userMessage } from '../../../src/core/shared/errors';
import { aPerson } from '../../builders';
import { expected, facts, people } from './fixtures';

const roles = Object.keys(expected) as CaseRole[];
const matrix = roles.flatMap((role) => operations.map((op) => [role, op, expected[role][op]] as const));

describe('the access policy', () => {
  it.each(roles)('finds the role %s', (role) => {
    expect(accessTo(people[role], facts()).role).toBe(role);
  });

  it.each(matrix)('%s may %s: %s', (role, op, allowed) => {
    expect(may(accessTo(people[role], facts()), op)).toBe(allowed);
  });

  it('knows a person by directory id or by address, whatever its case', () => {
    const sameByMail = { ...people.chair, id: 'another-id', email: 'CHRIS.CHAIR@police.example.gov.uk' };
    expect(accessTo(sameByMail, facts()).role).toBe('chair');
  });

  it('gives nothing to the people of an ended series, and the union of roles to someone with two', () => {
    const ended = facts({ series: [{ chair: people.chair, members: [people.member], status: 'ended' }] });
    expect(accessTo(people.chair, ended).role).toBe('none');
    expect(accessTo(people.member, ended).operations.size).toBe(0);
    const both = facts({ areaCoordinators: [people.chair] });
    const access = accessTo(people.chair, both);
    expect(access.roles).toEqual(['coordinator', 'chair']);
    expect(may(access, 'schedule') && may(access, 'finalise')).toBe(true);
  });

  it('counts the series’ coordinator as a coordinator of the case', () => {
    const f = facts({
      areaCoordinators: [],
      series: [{ chair: people.chair, coordinator: people.coordinator, members: [], status: 'active' }],
    });
    expect(accessTo(people.coordinator, f).role).toBe('coordinator');
  });

  const memberOf = (agency: Agency) => aPerson({ id: `u-${agency}`, email: `${agency}@example.gov.uk`, agency });
  const needToKnow: [Agency, RestrictedArea[]][] = [
    ['police', ['victimSafety', 'children', 'disclosure']],
    ['probation', ['victimSafety', 'children', 'disclosure']],
    ['victimLiaison', ['victimSafety']],
    ['childrensServices', ['children']],
    ['youthJustice', ['children']],
    ['prison', ['disclosure']],
    ['health', []],
    ['housing', []],
    ['jobcentrePlus', []],
    ['other', []],
  ];
  it.each(needToKnow)('shows a %s member only the restricted parts their role needs: %j', (agency, areas) => {
    const person = memberOf(agency);
    const f = facts({ series: [{ chair: people.chair, members: [person], status: 'active' }] });
    expect([...accessTo(person, f).restricted]).toEqual(areas);
  });

  it('shows the chair and the coordinator every restricted part, and nobody without the minutes any', () => {
    expect([...accessTo(people.chair, facts()).restricted]).toEqual([...restrictedAreas]);
    expect([...accessTo(people.coordinator, facts()).restricted]).toEqual([...restrictedAreas]);
    // Police, but asked only for a written update: no minutes, so no restricted part either.
    const officer = { ...people.writtenUpdate, agency: 'police' as const };
    expect(accessTo(officer, facts({ writtenUpdateFrom: [officer] })).restricted.size).toBe(0);
    expect(accessTo(people.none, facts()).restricted.size).toBe(0);
  });

  it('names whom to ask: the coordinator for someone not on the case or for the panels, else the chair', () => {
    expect(whomToAsk(accessTo(people.none, facts()), 'readMinutes')).toBe(people.coordinator);
    expect(whomToAsk(accessTo(people.member, facts()), 'finalise')).toBe(people.chair);
    expect(whomToAsk(accessTo(people.chair, facts()), 'schedule')).toBe(people.coordinator);
    const message = userMessage(new NotOnCaseError('case_ct', 'noRole', 'read the minutes', 'Cora Ordway'));
    expect(message).toBe('You are not on this case; ask Cora Ordway if you need to be.');
  });
});

describe('the case record’s chair and members', () => {
  const caseChair = aPerson({ id: 'u-cc', name: 'Cass Chair', email: 'cass@police.example.gov.uk', agency: 'police' });
  const vlo = aPerson({
    id: 'u-vlo',
    name: 'Val Liaison',
    email: 'val@probation.example.gov.uk',
    agency: 'victimLiaison',
  });
  const housing = aPerson({ id: 'u-h2', name: 'Hugh Homes', email: 'hugh@housing.example.gov.uk', agency: 'housing' });
  const withRecord = (status: 'active' | 'exited') =>
    facts({ series: [], caseRecord: { chair: caseChair, members: [vlo, housing], status } });

  it('gives the case’s chair and members their roles alongside the series', () => {
    expect(accessTo(caseChair, withRecord('active')).role).toBe('chair');
    expect(accessTo(vlo, withRecord('active')).role).toBe('member');
    expect(accessTo(caseChair, withRecord('active')).chair).toEqual(caseChair);
  });

  it('gives nobody a role through an exited case', () => {
    expect(accessTo(caseChair, withRecord('exited')).role).toBe('none');
  });

  it('hides a restricted section from a member whose need to know does not cover it', () => {
    expect(seesSection(accessTo(vlo, withRecord('active')), 'victimIssues')).toBe(true);
    expect(seesSection(accessTo(housing, withRecord('active')), 'victimIssues')).toBe(false);
    expect(seesSection(accessTo(housing, withRecord('active')), 'plan')).toBe(true);
    expect(seesSection(accessTo(people.none, withRecord('active')), 'plan')).toBe(false);
  });
});
