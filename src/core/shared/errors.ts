/**
 * The app's one error model: a small set of typed errors, each with a message a person can act on
 * (never case content, tokens or raw service text), and a category that says how every surface
 * shows it (docs/architecture.md, "Errors"):
 *
 * | category        | raised when                                          | shown as                                        |
 * |-----------------|------------------------------------------------------|-------------------------------------------------|
 * | `conflict`      | someone else saved first, or an id is taken          | both versions kept; the person chooses          |
 * | `invalid`       | a stored record or a service's answer fails its schema | the record's kind and field paths, no content |
 * | `permission`    | Microsoft 365 refused for want of a permission (403) | the permission and who grants it                |
 * | `unavailable`   | the store or Microsoft 365 did not answer, or failed | "nothing is lost; try again"                    |
 * | `signIn`        | no token could be had                                 | what the person or an administrator can do     |
 * | `configuration` | the build's settings or the host's context are wrong | the start-up failure page, naming the setting   |
 * | `refused`       | a rule of the domain refuses the request             | the rule, in plain words                        |
 *
 * Anything else is a defect: surfaces show a general message (its text may hold case content).
 */
export type ErrorCategory =
  'conflict' | 'invalid' | 'permission' | 'unavailable' | 'signIn' | 'configuration' | 'refused';

export abstract class AppError extends Error {
  abstract readonly category: ErrorCategory;
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** What a person reads about any failure: an AppError's own message, otherwise a general one. */
export function userMessage(e: unknown, general = 'Something went wrong. Nothing was lost; try again.'): string {
  return isAppError(e) ? e.message : general;
}

/** A rule of the domain refuses the request; the message states the rule. */
export class RefusedError extends AppError {
  override readonly name = 'RefusedError';
  readonly category = 'refused';
}

/** The service or store did not answer, or failed; nothing is lost and a later try may succeed. */
export class UnavailableError extends AppError {
  override readonly name: string = 'UnavailableError';
  readonly category = 'unavailable';
}

/** The build's settings (or the host's answer) are wrong; the message names each setting to fix. */
export class ConfigError extends AppError {
  override readonly name: string = 'ConfigError';
  readonly category = 'configuration';
}

/** A token cannot be had; the message says what the user or an administrator can do. */
export class SignInError extends AppError {
  override readonly name = 'SignInError';
  readonly category = 'signIn';
}

/** A write was made against a version that is no longer current, or a create hit an existing id. */
export class ConflictError<T = unknown> extends AppError {
  override readonly name = 'ConflictError';
  readonly category = 'conflict';
  constructor(
    /** `signed`: the stored record is signed and refuses the change (a correction is needed). */
    readonly reason: 'stale' | 'exists' | 'missing' | 'signed',
    /** The stored document as it is now, when there is one, so the caller can merge or show both. */
    readonly current?: { doc: T; version: string },
    detail?: string,
  ) {
    super(
      (detail ?? reason === 'stale')
        ? 'Someone else saved this record first. Your changes are kept; review them against the latest version.'
        : reason === 'exists'
          ? 'A record with this id already exists with different content.'
          : reason === 'signed'
            ? 'This record has been signed and can no longer be changed; record a correction instead.'
            : 'The record no longer exists.',
    );
  }
}

/** A stored document or external response did not match its schema. Carries no content, only paths. */
export class InvalidDocumentError extends AppError {
  override readonly name = 'InvalidDocumentError';
  readonly category = 'invalid';
  constructor(
    readonly kind: string,
    readonly issues: readonly string[],
  ) {
    super(`The stored ${kind} record is not valid: ${issues.join('; ')}`);
  }
}

export const isConflict = (e: unknown): e is ConflictError => e instanceof ConflictError;

/**
 * Microsoft 365 refused a request for want of a permission (HTTP 403): a consent, an
 * administrator's grant or a tenant setting. The message names the permission and the step that
 * grants it, so the user can pass it on; it carries no case content.
 */
export class PermissionError extends AppError {
  override readonly name = 'PermissionError';
  readonly category = 'permission';
  constructor(
    /** The permission (scope) or grant that is missing, e.g. `Sites.Selected`. */
    readonly permission: string,
    /** What the app was trying to do, in plain words. */
    readonly action: string,
    /** Who must do what to grant it, when a user cannot. */
    readonly adminStep?: string,
  ) {
    super(
      `MAPPA Panel is not allowed to ${action}: it needs the Microsoft 365 permission ${permission}` +
        `${adminStep ? ` (${adminStep})` : ''}. Ask your Microsoft 365 administrator; nothing has been lost.`,
    );
  }
}

/**
 * The access policy refused: the person has no role on the case, or their role does not allow what
 * they asked. A `refused` error like any rule of the domain; the message names only whom to ask,
 * never the case's content.
 */
export class NotOnCaseError extends AppError {
  override readonly name = 'NotOnCaseError';
  readonly category = 'refused';
  constructor(
    readonly caseId: string,
    /** `noRole`: nothing of the case may be shown; `notAllowed`: a role on the case that does not cover this. */
    readonly reason: 'noRole' | 'notAllowed',
    /** In plain words, e.g. "finalise or correct the minutes". */
    readonly action: string,
    /** Whom to ask, with their part in the case (e.g. "Jo Whitfield, the MAPPA coordinator"). */
    readonly ask?: string,
  ) {
    super(
      reason === 'noRole'
        ? `You are not on this case${ask ? `; ask ${ask} if you need to be` : '; ask the MAPPA coordinator if you need to be'}.`
        : `Your part in this case does not let you ${action}${ask ? `; ask ${ask}` : ''}.`,
    );
  }
}

export const isNotOnCase = (e: unknown): e is NotOnCaseError => e instanceof NotOnCaseError;
