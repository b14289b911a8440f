import { z } from 'zod';

/** A calendar date, yyyy-mm-dd, with no time zone: due dates and review dates are days, not instants. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form yyyy-mm-dd')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'Not a real date',
  );

/** An instant, as an ISO 8601 string with offset. */
export const InstantSchema = z.string().datetime({ offset: true, message: 'Use an ISO 8601 date and time' });

export const IdSchema = z.string().min(1).max(128);

/** Free text typed by a person: trimmed, bounded, never HTML (rendered as text everywhere). */
export const textField = (max = 4000) => z.string().trim().max(max, `Keep this under ${max} characters`);
