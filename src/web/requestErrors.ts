/**
 * A request refused at the edge before any route ran (a malformed address, a body of the wrong type or too
 * large): an http-errors style error, whose status and plain message the error handler passes on.
 */
export class RequestRefusedError extends Error {
  readonly expose = true;

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefusedError';
  }
}
