import type { Case } from '../../../src/core/cases/case.schema';
import {
  buildRegister,
  filterRegister,
  noFeeds,
  parseRegisterQuery,
  queueCounts,
  registerQueryString,
  screeningDueFor,
  type RegisterInput,
  type RegisterQuery,
} from '../../../src/core/cases/register';
import type { PanelSeries } from '../../../src/core/panels/series.schema';
import { msg } from '../../../src/i18n/message';
import { aCase, aPerson } from '../../builders';

/** The register is read on 18 November 2026 at 14:30 UTC (14:30 in London). */
const NOW = new Date('2026-11-18T14:30:00.000Z');

const coordinator = aPerson({
  id: 'u-coord',
  name: 'Casey Coordinator',
  email: 'casey@police.example.gov.uk',
  agency: 'police',
});
const chair = aPerson({ id: 'u-chair', name: 'Chris Chair', email: 'chris@probation.example.gov.uk' });
const outsider = aPerson({
  id: 'u-out',
  name: 'Olly Outsider',
  email: 'olly@housing.example.gov.uk',
  agency: 'housing',
});

const aSeries = (over: Partial<PanelSeries> = {}): PanelSeries => ({
  id: 'ser_test',
  caseId: 'case_test',
  caseReference: 'MP-2026-0001',
  level: 2,
  cadenceWeeks: 10,
  firstMeetingDate: '2026-06-01',
  startTime: '10:00',
  durationMinutes: 60,
  timeZone: 'Europe/London',
  chair,
  members: [],
  status: 'active',
  createdAt: '2026-05-01T09:00:00.000Z',
  ...over,
});

const build = (over: Partial<RegisterInput> = {}) =>
  buildRegister({
    cases: [aCase()],
    series: [],
    heldMeetings: [],
    now: NOW,
    timeZone: 'Europe/London',
    cadenceWeeks: { level2: 10, level3: 6 },
    viewer: coordinator,
    areaCoordinators: [coordinator],
    ...over,
  });

const only = (over: Partial<RegisterInput> = {}) => {
  const [row] = build(over);
  if (!row) throw new Error('no row');
  return row;
};

const query = (over: Partial<RegisterQuery> = {}): RegisterQuery => ({ ...parseRegisterQuery(''), ...over });

describe('the case register', () => {
  describe('names', () => {
    it('shows the nominal’s name to the area’s coordinators', () => {
      expect(only().name).toBe('Jordan Testcase');
    });

    it('shows it to the chair of the case’s series and to the case’s own chair and members', () => {
      expect(only({ viewer: chair, series: [aSeries()] }).name).toBe('Jordan Testcase');
      const member = aPerson({ id: 'u-mem', email: 'mem@health.example.gov.uk', agency: 'health' });
      const theCase = aCase({ chair, members: [{ person: member, standing: false }] });
      expect(only({ viewer: member, cases: [theCase] }).name).toBe('Jordan Testcase');
    });

    it('hides it from anyone else, who cannot find the case by name either', () => {
      const rows = build({ viewer: outsider, series: [aSeries()] });
      expect(rows[0]?.name).toBeUndefined();
      expect(filterRegister(rows, query({ q: 'testcase' }))).toHaveLength(0);
      expect(filterRegister(rows, query({ q: 'mp-2026-0001' }))).toHaveLength(1);
    });

    it('decides each case apart among many: a chair sees the names of the cases on their teams only', () => {
      const cases = Array.from({ length: 30 }, (_, i) =>
        aCase({
          id: `case_${i}`,
          reference: `MP-2026-${String(i).padStart(4, '0')}`,
          ...(i % 3 === 0 ? { chair } : {}),
        }),
      );
      const rows = build({ viewer: chair, cases });
      for (const [i, row] of rows.entries()) {
        expect([row.caseId, row.name !== undefined]).toEqual([`case_${i}`, i % 3 === 0]);
      }
    });

    it('hides it once the person’s series has ended', () => {
      expect(only({ viewer: chair, series: [aSeries({ status: 'ended' })] }).name).toBeUndefined();
    });
  });

  describe('reviews', () => {
    it('takes the last panel from held meetings in the area’s time zone and the next review from the cadence', () => {
      const row = only({
        series: [aSeries()],
        heldMeetings: [
          { caseId: 'case_test', start: '2026-06-01T09:00:00.000Z' },
          // 00:30 on 10 August in London is still 9 August in UTC.
          { caseId: 'case_test', start: '2026-08-09T23:30:00.000Z' },
        ],
      });
      expect(row.lastPanel).toBe('2026-08-10');
      expect(row.nextReviewDue).toBe('2026-10-19');
      expect(row.daysOverdue).toBe(30);
      expect(row.seriesState).toBe('active');
    });

    it('is not overdue while the next review is still ahead, and uses six weeks at Level 3', () => {
      const row = only({
        cases: [aCase({ level: 3 })],
        heldMeetings: [{ caseId: 'case_test', start: '2026-10-20T09:00:00.000Z' }],
      });
      expect(row.nextReviewDue).toBe('2026-12-01');
      expect(row.daysOverdue).toBe(0);
    });

    it('prefers the next review decided in finalised minutes', () => {
      const row = only({
        heldMeetings: [{ caseId: 'case_test', start: '2026-08-10T09:00:00.000Z' }],
        feeds: { ...noFeeds, nextReviews: [{ caseId: 'case_test', date: '2026-12-24' }] },
      });
      expect(row.nextReviewDue).toBe('2026-12-24');
      expect(row.daysOverdue).toBe(0);
    });

    it('counts a Level 2 case with no panel and no series as due from when it was recorded', () => {
      const row = only();
      expect(row.seriesState).toBe('noSeries');
      expect(row.nextReviewDue).toBe('2026-01-05');
      expect(row.daysOverdue).toBeGreaterThan(300);
    });

    it('takes each case’s cadence from its own level when cases share a last panel', () => {
      const rows = build({
        cases: [aCase({ id: 'two', level: 2 }), aCase({ id: 'three', level: 3 }), aCase({ id: 'again', level: 2 })],
        heldMeetings: ['two', 'three', 'again'].map((caseId) => ({ caseId, start: '2026-10-20T09:00:00.000Z' })),
      });
      expect(rows.map((r) => [r.caseId, r.nextReviewDue])).toEqual([
        ['two', '2026-12-29'],
        ['three', '2026-12-01'],
        ['again', '2026-12-29'],
      ]);
    });

    it('gives a Level 1 case no review and no series', () => {
      const row = only({ cases: [aCase({ level: 1 })] });
      expect(row.nextReviewDue).toBeUndefined();
      expect(row.daysOverdue).toBe(0);
      expect(row.seriesState).toBe('noneNeeded');
    });
  });

  describe('flags', () => {
    it('flags under 18 from the date of birth, turning on the birthday', () => {
      expect(only({ cases: [aCase({ nominal: { ...aCase().nominal, dateOfBirth: '2008-11-19' } })] }).flags).toContain(
        'under18',
      );
      expect(
        only({ cases: [aCase({ nominal: { ...aCase().nominal, dateOfBirth: '2008-11-18' } })] }).flags,
      ).not.toContain('under18');
    });

    it('counts someone born on 29 February as 18 from 1 March in a year with no 29th', () => {
      const leapling = [aCase({ nominal: { ...aCase().nominal, dateOfBirth: '2008-02-29' } })];
      expect(only({ cases: leapling, now: new Date('2026-02-28T12:00:00Z') }).flags).toContain('under18');
      expect(only({ cases: leapling, now: new Date('2026-03-01T12:00:00Z') }).flags).not.toContain('under18');
      expect(only({ cases: leapling, now: new Date('2024-02-29T12:00:00Z') }).flags).toContain('under18');
    });

    it('flags registration from Category 1, hospital orders, custody with its release date, media interest and a Serious Case Review', () => {
      const row = only({
        cases: [
          aCase({
            category: 1,
            disposal: { kind: 'custody', from: '2024-01-10', until: '2027-09-01', complex: false },
            flags: { mediaInterest: true, seriousCaseReview: true },
          }),
        ],
      });
      expect(row.flags).toEqual(['seriousCaseReview', 'registeredSexualOffender', 'inCustody', 'mediaInterest']);
      expect(row.releaseDate).toBe('2027-09-01');
      const hospital = only({ cases: [aCase({ disposal: { kind: 'hospital', from: '2025-03-01', complex: false } })] });
      expect(hospital.flags).toEqual(['hospitalOrder']);
    });

    it('flags an exit due within four weeks, and not one further off', () => {
      expect(only({ cases: [aCase({ exitDue: '2026-12-16' })] }).flags).toContain('exitDue');
      expect(only({ cases: [aCase({ exitDue: '2026-12-17' })] }).flags).not.toContain('exitDue');
    });
  });

  describe('queues', () => {
    const custody = (until: string, complex = false): Case =>
      aCase({ disposal: { kind: 'custody', from: '2020-01-10', until, complex } });

    it('re-screens custody cases six months before release, twelve when complex', () => {
      expect(screeningDueFor(custody('2027-05-31'))).toBe('2026-11-30');
      expect(screeningDueFor(custody('2027-08-31', true))).toBe('2026-08-31');
      expect(only({ cases: [custody('2027-05-31')] }).screeningDue).toBe('2026-11-30');
      // Due in more than four weeks: not yet in the queue.
      expect(only({ cases: [custody('2027-07-01')] }).screeningDue).toBeUndefined();
    });

    it('clears a screening due once one is recorded on or after the due date', () => {
      const feeds = { ...noFeeds, screenings: [{ caseId: 'case_test', screenedOn: '2026-11-30' }] };
      expect(only({ cases: [custody('2027-05-31')], feeds }).screeningDue).toBeUndefined();
    });

    it('lists custody, hospital and guardianship cases whose notification record is missing', () => {
      expect(only({ cases: [custody('2027-05-31')] }).missingNotification).toBe(true);
      const notified = aCase({
        disposal: {
          kind: 'hospital',
          from: '2025-03-01',
          complex: false,
          notifiedBy: chair,
          notifiedAt: '2025-03-02T10:00:00.000Z',
        },
      });
      expect(only({ cases: [notified] }).missingNotification).toBe(false);
      expect(only().missingNotification).toBe(false);
    });

    it('asks for identification within 3 days of a sentence or admission after the case was recorded', () => {
      const recalled = aCase({ disposal: { kind: 'custody', from: '2026-11-16', complex: false } });
      expect(only({ cases: [recalled] }).identificationDue).toBe('2026-11-19');
      const feeds = { ...noFeeds, identifications: [{ caseId: 'case_test', identifiedOn: '2026-11-17' }] };
      expect(only({ cases: [recalled], feeds }).identificationDue).toBeUndefined();
    });

    it('counts every queue, referrals from their own list', () => {
      const rows = build({
        cases: [
          aCase({ id: 'a', reference: 'MP-2026-0001' }),
          aCase({ id: 'b', reference: 'MP-2026-0002', exitDue: '2026-12-01', level: 1 }),
          aCase({ id: 'c', reference: 'MP-2026-0003', status: 'exited', exitedAt: '2026-10-01T10:00:00.000Z' }),
        ],
      });
      const referral = {
        id: 'ref1',
        label: msg('cases.referralLabel.new', { level: 2 }),
        referringAgency: 'police' as const,
        level: 2 as const,
        receivedOn: '2026-11-10',
        decideBy: '2026-11-24',
        workingDaysLeft: 2,
        overdue: false,
      };
      const counts = queueCounts(rows, { ...noFeeds, referralsAwaitingDecision: [referral] });
      expect(counts).toEqual({
        active: 2,
        overdue: 1,
        exitsDue: 1,
        identificationsDue: 0,
        missingNotification: 0,
        screeningsDue: 0,
        referrals: 1,
        exited: 1,
      });
    });
  });

  describe('filtering and sorting', () => {
    const rows = build({
      cases: [
        aCase({ id: 'a', reference: 'MP-2026-0003', level: 3, category: 1, leadAgency: 'police' }),
        aCase({
          id: 'b',
          reference: 'MP-2026-0001',
          level: 2,
          category: 2,
          nominal: { ...aCase().nominal, name: 'Ann Zed' },
        }),
        aCase({ id: 'c', reference: 'MP-2026-0002', level: 1, category: 4 }),
        aCase({ id: 'd', reference: 'MP-2026-0004', status: 'exited' }),
      ],
      heldMeetings: [{ caseId: 'b', start: '2026-11-01T10:00:00.000Z' }],
    });
    const refs = (q: Partial<RegisterQuery>) => filterRegister(rows, query(q)).map((r) => r.reference);

    it('lists active cases by next review, those without one last', () => {
      expect(refs({})).toEqual(['MP-2026-0003', 'MP-2026-0001', 'MP-2026-0002']);
      expect(refs({ dir: 'desc' })).toEqual(['MP-2026-0001', 'MP-2026-0003', 'MP-2026-0002']);
    });

    it('sorts on any column either way, ties by reference', () => {
      expect(refs({ sort: 'reference' })).toEqual(['MP-2026-0001', 'MP-2026-0002', 'MP-2026-0003']);
      expect(refs({ sort: 'level', dir: 'desc' })).toEqual(['MP-2026-0003', 'MP-2026-0001', 'MP-2026-0002']);
      expect(refs({ sort: 'name' })).toEqual(['MP-2026-0001', 'MP-2026-0002', 'MP-2026-0003']);
    });

    it('filters by level, category and agency, and searches every word', () => {
      expect(refs({ level: 3 })).toEqual(['MP-2026-0003']);
      expect(refs({ category: 4 })).toEqual(['MP-2026-0002']);
      expect(refs({ agency: 'police' })).toEqual(['MP-2026-0003']);
      expect(refs({ q: 'ann zed' })).toEqual(['MP-2026-0001']);
      expect(refs({ q: 'zed nobody' })).toEqual([]);
    });

    it('keeps exited cases under the exited view rather than dropping them', () => {
      expect(refs({ view: 'exited' })).toEqual(['MP-2026-0004']);
    });
  });

  describe('the address', () => {
    it('reads a filter back from the query string it writes', () => {
      const q = query({
        view: 'overdue',
        level: 3,
        category: 1,
        agency: 'police',
        q: 'harrow',
        sort: 'level',
        dir: 'desc',
        page: 2,
      });
      expect(registerQueryString(q)).toBe(
        '?view=overdue&q=harrow&level=3&category=1&agency=police&sort=level&dir=desc&page=2',
      );
      expect(parseRegisterQuery(registerQueryString(q))).toEqual(q);
      expect(registerQueryString(query())).toBe('');
    });

    it('falls back to the defaults for anything it does not understand', () => {
      expect(parseRegisterQuery('?view=everything&level=7&agency=fbi&sort=secret&dir=up&page=-1&case=../x')).toEqual(
        query(),
      );
    });
  });
});
