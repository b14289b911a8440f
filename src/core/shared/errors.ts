/** A write was made against a version that is no longer current, or a create hit an existing id. */
export class ConflictError<T = unknown> extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly reason: 'stale' | 'exists' | 'missing',
    /** The stored document as it is now, when there is one, so the caller can merge or show both. */
    readonly current?: { doc: T; version: string },
  ) {
    super(
      reason === 'stale'
        ? 'Someone else saved this record first. Your changes are kept; review them against the latest version.'
        : reason === 'exists'
          ? 'A record with this id already exists with different content.'
          : 'The record no longer exists.',
    );
  }
}

/** A stored document or external response did not match its schema. Carries no content, only paths. */
export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';
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
export class PermissionError extends Error {
  override readonly name = 'PermissionError';
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
