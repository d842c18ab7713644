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
