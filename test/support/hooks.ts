import { stopTestDatabase } from './database';

/** Mocha root hooks: whatever the suites started is stopped once at the end of the run. */
export const mochaHooks = {
  async afterAll(this: Mocha.Context) {
    this.timeout(30_000);
    await stopTestDatabase();
  },
};
