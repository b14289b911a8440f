import Holidays from 'date-holidays';

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

  it('moves the days a proclamation moved and adds the days it added', () => {
    const dates = (year: number) => bankHolidays(year, year).map((x) => `${x.date} ${x.name}`);
    expect(dates(2022)).toEqual(
      expect.arrayContaining(['2022-06-02 Spring bank holiday', '2022-06-03 Queen’s Platinum Jubilee']),
    );
    expect(dates(2022)).not.toContain('2022-05-30 Spring bank holiday');
    expect(dates(2020)).toContain('2020-05-08 Early May bank holiday (VE day)');
    expect(dates(2023)).toContain("2023-05-08 King Charles III's Coronation");
  });

  it('gives the same days and names as the maintained holiday data set, from 2013 to 2100', () => {
    const reference = new Holidays('GB', 'ENG');
    for (let year = 2013; year <= 2100; year++) {
      const expected = reference
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
      expect({ year, holidays: bankHolidays(year, year) }).toEqual({ year, holidays: expected });
    }
  });

  it('moves a series occurrence on the summer bank holiday', () => {
    const moved = projectMeetings('2026-06-22', 10, bankHolidays(2026, 2027)).filter((m) => m.movedFor);
    expect(moved[0]).toMatchObject({ planned: '2026-08-31', date: '2026-09-01', movedFor: 'Summer bank holiday' });
  });
});
