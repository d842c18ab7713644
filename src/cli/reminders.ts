import { loadConfig } from '../config';
import { servicesFromConfig } from '../services';
import { parseFlags, UsageError } from './args';
import { withAppDatabase } from './database';
import { EXIT_BAD_INPUT, EXIT_OK, type Command } from './io';

/**
 * `coi reminders run`: one tick of the declaration scheduler, for hosts that prefer cron to the app's own
 * minute timer. Running it beside the app is safe: each email is claimed once in the send log.
 */
export const remindersCommand: Command = {
  usage: 'reminders run',
  run: async (args, io) => {
    try {
      const { positionals } = parseFlags(args, {});
      if (positionals.length !== 1 || positionals[0] !== 'run') throw new UsageError('the only reminders action is run');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`coi reminders: ${error.message}\nUsage: coi ${remindersCommand.usage}\n`);
      return EXIT_BAD_INPUT;
    }
    return withAppDatabase(io, async () => {
      const { postman, scheduler } = servicesFromConfig(loadConfig(), (line) => io.err(`${line}\n`));
      await postman.load();
      const report = await scheduler.tick().finally(() => postman.close());
      io.out(`Rounds opened: ${report.opened}. Emails planned: ${report.planned}. Still waiting to send: ${report.due} (mail mode: ${postman.mode}).\n`);
      return EXIT_OK;
    });
  },
};
