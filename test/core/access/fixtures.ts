import type { CaseAccessFacts, CaseRole, Operation } from '../../../src/core/access/policy';
import type { Person } from '../../../src/core/people/agency';
import { aPerson } from '../../builders';

/** Fictional people, one per role on a counter-terrorism case. */
export const people = {
  coordinator: aPerson({ id: 'u-coord', name: 'Cora Ordway', email: 'cora.ordway@probation.example.gov.uk' }),
  chair: aPerson({ id: 'u-chair', name: 'Chris Chair', email: 'chris.chair@police.example.gov.uk', agency: 'police' }),
  member: aPerson({
    id: 'u-housing',
    name: 'Hal Housing',
    email: 'hal.housing@housing.example.gov.uk',
    agency: 'housing',
  }),
  writtenUpdate: aPerson({
    id: 'u-health',
    name: 'Hana Health',
    email: 'hana.health@nhs.example.net',
    agency: 'health',
  }),
  none: aPerson({
    id: 'u-outsider',
    name: 'Olive Outsider',
    email: 'olive.outsider@childrens.example.gov.uk',
    agency: 'childrensServices',
  }),
} satisfies Record<CaseRole, Person>;

export const facts = (over: Partial<CaseAccessFacts> = {}): CaseAccessFacts => ({
  caseId: 'case_ct',
  series: [{ chair: people.chair, members: [people.member], status: 'active' }],
  areaCoordinators: [people.coordinator],
  writtenUpdateFrom: [people.writtenUpdate],
  ...over,
});

/** The whole matrix: each role × each operation. */
export const expected: Record<CaseRole, Record<Operation, boolean>> = {
  coordinator: {
    readMinutes: true,
    writeMinutes: true,
    finalise: false,
    recordDisclosure: false,
    export: true,
    distribute: true,
    schedule: true,
    changeLevel: true,
    exit: true,
    readAudit: true,
    submitWrittenUpdate: false,
  },
  chair: {
    readMinutes: true,
    writeMinutes: true,
    finalise: true,
    recordDisclosure: true,
    export: true,
    distribute: true,
    schedule: false,
    changeLevel: true,
    exit: true,
    readAudit: false,
    submitWrittenUpdate: true,
  },
  member: {
    readMinutes: true,
    writeMinutes: true,
    finalise: false,
    recordDisclosure: false,
    export: false,
    distribute: false,
    schedule: false,
    changeLevel: false,
    exit: false,
    readAudit: false,
    submitWrittenUpdate: true,
  },
  writtenUpdate: {
    readMinutes: false,
    writeMinutes: false,
    finalise: false,
    recordDisclosure: false,
    export: false,
    distribute: false,
    schedule: false,
    changeLevel: false,
    exit: false,
    readAudit: false,
    submitWrittenUpdate: true,
  },
  none: {
    readMinutes: false,
    writeMinutes: false,
    finalise: false,
    recordDisclosure: false,
    export: false,
    distribute: false,
    schedule: false,
    changeLevel: false,
    exit: false,
    readAudit: false,
    submitWrittenUpdate: false,
  },
};
