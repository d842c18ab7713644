import { expect } from 'chai';
import { isDatabaseUnavailableError } from '../../src/db/connection';

/** An error as Node's net module makes it, with its code. */
const socketError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('Which errors mean the database is away', () => {
  it('when the driver passes on a socket error (a write to a server just killed), then it is the database being away, answered 503', () => {
    expect(isDatabaseUnavailableError(socketError('This socket has been ended by the other party', 'EPIPE'))).to.equal(true);
    expect(isDatabaseUnavailableError(socketError('read ECONNRESET', 'ECONNRESET'))).to.equal(true);
  });

  it('when an error is a bug or bad input, then it is not', () => {
    expect(isDatabaseUnavailableError(new TypeError("Cannot read properties of undefined (reading 'name')"))).to.equal(false);
    expect(isDatabaseUnavailableError(socketError('no such file', 'ENOENT'))).to.equal(false);
  });
});
