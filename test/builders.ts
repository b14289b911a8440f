import type { Action } from '../src/core/actions/action.schema';
import type { Case } from '../src/core/cases/case.schema';
import type { Person } from '../src/core/people/agency';

/** Fictional people and cases for tests. None of them is real. */
export const aPerson = (over: Partial<Person> = {}): Person => ({
  id: 'u_test_owner',
  name: 'Tess Owner',
  email: 'tess.owner@probation.example.gov.uk',
  agency: 'probation',
  ...over,
});

export const anAction = (over: Partial<Action> = {}): Action => ({
  id: 'act_test',
  caseId: 'case_test',
  caseReference: 'MP-2026-0001',
  meetingId: 'mtg_test',
  text: 'Arrange a joint home visit with the neighbourhood police team',
  pillar: 'supervision',
  owner: aPerson(),
  dueDate: '2026-12-01',
  status: 'open',
  updates: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

export const aCase = (over: Partial<Case> = {}): Case => ({
  id: 'case_test',
  reference: 'MP-2026-0001',
  area: 'Northshire',
  nominal: {
    name: 'Jordan Testcase',
    dateOfBirth: '1990-04-12',
    aliases: [],
    identifiers: {},
    childSexOffender: false,
    inCustody: false,
  },
  category: 2,
  level: 2,
  leadAgency: 'probation',
  status: 'active',
  createdAt: '2026-01-05T09:00:00.000Z',
  members: [],
  flags: { mediaInterest: false, seriousCaseReview: false },
  ...over,
});
