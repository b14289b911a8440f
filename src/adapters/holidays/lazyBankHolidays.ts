import type { BankHolidaysPort } from '../../core/ports';

/** The bank-holiday port; the holiday data loads on first use, so only the pages that use it carry it. */
export const lazyBankHolidays: BankHolidaysPort = {
  between: async (fromYear, toYear) =>
    (await import(/* webpackChunkName: "bank-holidays" */ './bankHolidays')).bankHolidays(fromYear, toYear),
};
