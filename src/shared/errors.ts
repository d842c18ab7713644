/** Errors the services throw; the HTTP layer turns each into its status code and a plain message. */

export interface FieldError {
  /** The input field, as a dotted path ("from", "members.0.category"). */
  field: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'You do not have permission to do that') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class ConcurrencyError extends Error {
  constructor() {
    super('This record changed since you opened it. Nothing was saved: reload it, check the changes and try again.');
    this.name = 'ConcurrencyError';
  }
}

/**
 * The database stopped answering while a change was being committed: it may or may not have landed. The
 * person is told so plainly rather than "nothing was saved", which might not be true.
 */
export class CommitOutcomeUnknownError extends Error {
  constructor() {
    super('The database stopped answering while your change was being saved, so it may or may not have been saved. Wait a minute, then check the record before trying again.');
    this.name = 'CommitOutcomeUnknownError';
  }
}
