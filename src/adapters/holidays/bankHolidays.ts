import Holidays from 'date-holidays';

import type { Holiday } from '../../core/scheduling/cadence';

/**
 * England and Wales bank holidays from the maintained `date-holidays` data (GB, region ENG covers
 * England and Wales), including substitute days. Only public holidays count, not observances.
 */
export function bankHolidays(fromYear: number, toYear: number): Holiday[] {
  const hd = new Holidays('GB', 'ENG');
  const out: Holiday[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const h of hd.getHolidays(y)) {
      if (h.type !== 'public' && h.type !== 'bank') continue;
      out.push({ date: h.date.slice(0, 10), name: h.name });
    }
  }
  return out;
}
