import { useEffect, useState } from 'react';

import type { Holiday } from '../../core/scheduling/cadence';
import { useServices } from '../ServicesProvider';

/**
 * England and Wales bank holidays for the given years, from the bank-holiday port (whose data loads
 * on demand, so only the coordinator's Panels page carries it).
 */
export function useBankHolidays(fromYear: number, toYear: number): { holidays: Holiday[]; ready: boolean } {
  const { bankHolidays } = useServices();
  const [state, setState] = useState<{ key: string; holidays: Holiday[] }>({ key: '', holidays: [] });
  const key = `${fromYear}-${toYear}`;
  useEffect(() => {
    let live = true;
    void bankHolidays.between(fromYear, toYear).then((holidays) => {
      if (live) setState({ key, holidays });
    });
    return () => {
      live = false;
    };
  }, [bankHolidays, fromYear, toYear, key]);
  return { holidays: state.holidays, ready: state.key === key };
}
