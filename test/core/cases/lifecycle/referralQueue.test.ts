import type { Referral } from '../../../../src/core/cases/lifecycle/referral.schema';
import {
  clockLabel,
  referralDecisionDue,
  referralsAwaitingDecision,
} from '../../../../src/core/cases/lifecycle/referralQueue';
import { addWorkingDays, workingDaysBetween } from '../../../../src/core/cases/lifecycle/workingDays';
import type { Holiday } from '../../../../src/core/scheduling/cadence';
import { aPerson } from '../../../builders';
import { english } from '../../../../src/i18n/translator';

const christmas: Holiday[] = [
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
  { date: '2027-01-01', name: 'New Year’s Day' },
];

const referral = (over: Partial<Referral>): Referral => ({
  id: 'ref_1',
  area: 'Northshire',
  level: 2,
  category: 2,
  nominal: {
    name: 'Sam Fictional',
    dateOfBirth: '1990-01-01',
    aliases: [],
    identifiers: {},
    childSexOffender: false,
    inCustody: false,
  },
  leadAgency: 'probation',
  reasons: 'r',
  risk: 'r',
  addedValue: 'r',
  referrer: aPerson(),
  submittedAt: '2026-11-02T09:00:00.000Z',
  receivedOn: '2026-11-02',
  decisionDue: '2026-11-16',
  status: 'awaiting',
  ...over,
});

describe('the referral decision clock', () => {
  it('gives 10 working days, weekends and bank holidays not counted', () => {
    expect(referralDecisionDue('2026-11-02', [])).toBe('2026-11-16');
    expect(referralDecisionDue('2026-12-21', christmas)).toBe('2027-01-07');
    expect(referralDecisionDue('2026-12-21', christmas, 3)).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-24', 1, christmas)).toBe('2026-12-29');
  });

  it('counts working days between two dates either way', () => {
    expect(workingDaysBetween('2026-12-21', '2027-01-07', christmas)).toBe(10);
    expect(workingDaysBetween('2027-01-07', '2026-12-21', christmas)).toBe(-10);
    expect(workingDaysBetween('2026-11-16', '2026-11-16', [])).toBe(0);
  });

  it('lists only referrals awaiting a decision, most urgent first, with overdue flagged', () => {
    const queue = referralsAwaitingDecision(
      [
        referral({ id: 'ref_late', receivedOn: '2026-11-02', decisionDue: '2026-11-16' }),
        referral({ id: 'ref_new', receivedOn: '2026-11-19', decisionDue: '2026-12-03', level: 3 }),
        referral({ id: 'ref_done', status: 'declined' }),
      ],
      '2026-11-20',
      [],
    );
    expect(queue.map((q) => [q.id, q.overdue, q.workingDaysLeft])).toEqual([
      ['ref_late', true, -4],
      ['ref_new', false, 9],
    ]);
    expect(english()(clockLabel(queue[0]!))).toBe('Overdue by 4 working days');
    expect(english()(clockLabel(queue[1]!))).toBe('9 working days left');
    expect(english()(clockLabel({ workingDaysLeft: 0, overdue: false }))).toBe('Decision due today');
    expect(JSON.stringify(queue)).not.toContain('Sam Fictional');
  });
});
