import { z } from 'zod';
import { lazySchema } from './lazySchema';

/** A calendar date, yyyy-mm-dd, with no time zone: due dates and review dates are days, not instants. */
export const IsoDateSchema = lazySchema(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form yyyy-mm-dd')
    .refine(isRealDate, 'Not a real date'),
);

/** Checks the day exists in its month (leap years included) by arithmetic: it runs for every stored date. */
function isRealDate(s: string): boolean {
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** An instant, as an ISO 8601 string with offset. */
export const InstantSchema = lazySchema(() =>
  z.string().datetime({ offset: true, message: 'Use an ISO 8601 date and time' }),
);

export const IdSchema = lazySchema(() => z.string().min(1).max(128));

/** The longest free text of a minutes field; text areas show and keep to the same limit. */
export const LONG_TEXT_MAX = 8000;
/** An action's text and an update someone types on it. */
export const ACTION_TEXT_MAX = 2000;

/** Free text typed by a person: trimmed, bounded, never HTML (rendered as text everywhere). */
export const textField = (max = 4000) => z.string().trim().max(max, `Keep this under ${max} characters`);
