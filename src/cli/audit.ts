import { describeVerdict, verifyAuditChain } from '../audit/verifyChain';
import { parseFlags, UsageError } from './args';
import { withAppDatabase } from './database';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, type Command } from './io';

export const auditCommand: Command = {
  usage: 'audit verify',
  run: async (args, io) => {
    try {
      const { positionals } = parseFlags(args, {});
      if (positionals.length !== 1 || positionals[0] !== 'verify') throw new UsageError('the only audit action is verify');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`coi audit: ${error.message}\nUsage: coi ${auditCommand.usage}\n`);
      return EXIT_BAD_INPUT;
    }
    return withAppDatabase(io, async () => {
      const verdict = await verifyAuditChain();
      io.out(`${describeVerdict(verdict)}\n`);
      return verdict.intact ? EXIT_OK : EXIT_FINDINGS;
    });
  },
};
