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
