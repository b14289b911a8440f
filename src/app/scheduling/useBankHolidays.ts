import { useEffect, useState } from 'react';

import type { Holiday } from '../../core/scheduling/cadence';

/**
 * England and Wales bank holidays for the given years. The holiday data loads on demand, so only
 * the coordinator's Panels page carries it.
 */
export function useBankHolidays(fromYear: number, toYear: number): { holidays: Holiday[]; ready: boolean } {
  const [state, setState] = useState<{ key: string; holidays: Holiday[] }>({ key: '', holidays: [] });
  const key = `${fromYear}-${toYear}`;
  useEffect(() => {
    let live = true;
    void import('../../adapters/holidays/bankHolidays').then(({ bankHolidays }) => {
      if (live) setState({ key, holidays: bankHolidays(fromYear, toYear) });
    });
    return () => {
      live = false;
    };
  }, [fromYear, toYear, key]);
  return { holidays: state.holidays, ready: state.key === key };
}
