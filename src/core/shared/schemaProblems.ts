import { msg, type Message } from '../../i18n/message';

/** The parts of a zod issue that say what went wrong (zod 4's issue shapes; anything else is "not valid"). */
export type SchemaIssue = {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly origin?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
};

// The pattern of `IsoDateSchema` (src/core/shared/schemas.ts), as zod reports it.
const ISO_DATE_PATTERN = String(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A schema issue said as a catalogue message, by what went wrong, so a person reads it in their
 * language: a schema's own English message (or zod's) never reaches a screen.
 */
export function schemaProblem(issue: SchemaIssue): Message {
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'too_big':
      return msg(text ? 'errors.field.tooLong' : 'errors.field.tooMany', { max: Number(issue.maximum) });
    case 'too_small':
      if (text && Number(issue.minimum) <= 1) return msg('errors.field.required');
      return msg(text ? 'errors.field.tooShort' : 'errors.field.tooFew', { min: Number(issue.minimum) });
    case 'invalid_format':
      if (issue.format === 'email') return msg('errors.field.email');
      if (issue.pattern === ISO_DATE_PATTERN) return msg('errors.field.dateFormat');
      return msg('errors.field.format');
    case 'invalid_value':
      return msg('errors.field.choose');
    case 'unrecognized_keys':
      return msg('errors.field.unexpected');
    default:
      return msg('errors.field.notValid');
  }
}
