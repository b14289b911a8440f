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
import { msg, type Message, type MessageKey } from '../../i18n/message';

export type ErrorCategory =
  'conflict' | 'invalid' | 'permission' | 'unavailable' | 'signIn' | 'configuration' | 'refused';

export abstract class AppError extends Error {
  abstract readonly category: ErrorCategory;
  /** What a person reads about it, in their language (`t(error.said)`); `message` stays English, for logs and tests. */
  readonly said: Message;
  constructor(said: Message | string, english?: string) {
    super(typeof said === 'string' ? said : (english ?? said.key));
    this.said = typeof said === 'string' ? asWritten(said) : said;
  }
}

/**
 * English text a thrower still passes instead of a message. Said as it is in every language: the
 * translator shows an unknown key as the key itself, so the pseudo-locale test reports it as text
 * that bypassed the catalogue (rather than hiding it inside a bracketed `{text}` message).
 */
const asWritten = (text: string): Message => ({ key: text as MessageKey });

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** What a person reads about any failure, to say with `t(…)`: an AppError's own message, otherwise a general one. */
export function problemMessage(e: unknown, general: Message = msg('errors.general')): Message {
  return isAppError(e) ? e.said : general;
}

/**
 * The same in English only.
 * @deprecated Say `problemMessage(e)` with `t(…)` so the reader's language is used.
 */
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
    // A `detail` (the rule a signed record states) reads as the stale message, as it always has.
    const said = detail !== undefined || reason === 'stale' ? 'stale' : reason;
    super(msg(`errors.conflict.${said}`), conflictEnglish[said]);
  }
}

const conflictEnglish = {
  stale: 'Someone else saved this record first. Your changes are kept; review them against the latest version.',
  exists: 'A record with this id already exists with different content.',
  signed: 'This record has been signed and can no longer be changed; record a correction instead.',
  missing: 'The record no longer exists.',
} as const;

/** A stored document or external response did not match its schema. Carries no content, only paths. */
export class InvalidDocumentError extends AppError {
  override readonly name = 'InvalidDocumentError';
  readonly category = 'invalid';
  constructor(
    readonly kind: string,
    readonly issues: readonly string[],
  ) {
    super(
      msg('errors.invalidDocument', { kind, issues: issues.join('; ') }),
      `The stored ${kind} record is not valid: ${issues.join('; ')}`,
    );
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
    // The action and the administrator's step come from the Graph adapter's permission table, in English.
    super(
      adminStep
        ? msg('errors.permission.withStep', { action, permission, adminStep })
        : msg('errors.permission', { action, permission }),
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
    /** In plain words, e.g. "finalise or correct the minutes" (English, for the log; `operation` says it in the reader's language). */
    readonly action: string,
    /** Whom to ask: a name with their part in the case, or (said as it is) a name alone. */
    readonly ask?: AskWhom | string,
    /** The policy's operation refused (`readMinutes`…), so the message can name it in the reader's language. */
    readonly operation?: string,
  ) {
    const whom = typeof ask === 'string' ? { name: ask, part: 'named' as const } : ask;
    const englishAsk = whom && (whom.part === 'named' ? whom.name : `${whom.name}, ${partEnglish[whom.part]}`);
    super(
      reason === 'noRole'
        ? whom
          ? msg('errors.notOnCase.noRole.ask', { name: whom.name, part: whom.part })
          : msg('errors.notOnCase.noRole')
        : msg(whom ? 'errors.notOnCase.notAllowed.ask' : 'errors.notOnCase.notAllowed', {
            operation: operation ?? 'other',
            action,
            ...(whom ? { name: whom.name, part: whom.part } : {}),
          }),
      reason === 'noRole'
        ? `You are not on this case${englishAsk ? `; ask ${englishAsk} if you need to be` : '; ask the MAPPA coordinator if you need to be'}.`
        : `Your part in this case does not let you ${action}${englishAsk ? `; ask ${englishAsk}` : ''}.`,
    );
  }
}

/** Someone to ask about a case, and their part in it. */
export type AskWhom = { readonly name: string; readonly part: 'coordinator' | 'chair' };

const partEnglish = { coordinator: 'the MAPPA coordinator', chair: 'the chair' } as const;

export const isNotOnCase = (e: unknown): e is NotOnCaseError => e instanceof NotOnCaseError;
