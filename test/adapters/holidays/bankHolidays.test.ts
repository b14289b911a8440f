import { bankHolidays } from '../../../src/adapters/holidays/bankHolidays';
import { projectMeetings } from '../../../src/core/scheduling/cadence';

describe('England and Wales bank holidays', () => {
  it('lists the public holidays including substitute days, not observances', () => {
    const h = bankHolidays(2026, 2026);
    const dates = h.map((x) => x.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-04', '2026-08-31', '2026-12-28']));
    expect(dates).not.toContain('2026-03-15'); // Mothering Sunday is an observance
    // Eight bank holidays, plus Boxing Day itself on a Saturday beside its substitute Monday.
    expect(h).toHaveLength(9);
  });

  it('moves a series occurrence on the summer bank holiday', () => {
    const moved = projectMeetings('2026-06-22', 10, bankHolidays(2026, 2027)).filter((m) => m.movedFor);
    expect(moved[0]).toMatchObject({ planned: '2026-08-31', date: '2026-09-01', movedFor: 'Summer bank holiday' });
  });
});
