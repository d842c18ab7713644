import { API_TOKEN_ROLES, createApiToken, revokeApiToken } from '../accounts/apiTokens';
import type { Actor } from '../audit/auditLog';
import { ValidationError } from '../shared/errors';
import { parseFlags, UsageError } from './args';
import { withAppDatabase } from './database';
import { EXIT_BAD_INPUT, EXIT_OK, type Command } from './io';

/** Whoever runs the command on the server: the audit trail records it as the command line. */
const CLI_ACTOR: Actor = { personId: null, name: 'coi command line', role: 'admin' };

export const tokenCommand: Command = {
  usage: `token create --role ${API_TOKEN_ROLES.join('|')} --name NAME | token revoke NAME`,
  run: async (args, io) => {
    const [action, ...rest] = args;
    try {
      if (action === 'create') {
        const { values, positionals } = parseFlags(rest, { role: { type: 'string' }, name: { type: 'string' } });
        if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
        return await withAppDatabase(io, async () => {
          const created = await createApiToken({ name: values.name, role: values.role }, CLI_ACTOR);
          io.out(`${created.token}\n`);
          io.err(`Token "${created.name}" (${created.role}) created. It is shown once: keep it secret. Send it as "Authorization: Bearer <token>".\n`);
          return EXIT_OK;
        });
      }
      if (action === 'revoke') {
        const { positionals } = parseFlags(rest, {});
        if (positionals.length !== 1) throw new UsageError('give the name of the token to revoke');
        return await withAppDatabase(io, async () => {
          if (!(await revokeApiToken(positionals[0], CLI_ACTOR))) {
            io.err(`coi: there is no active token named "${positionals[0]}"\n`);
            return EXIT_BAD_INPUT;
          }
          io.out(`Token "${positionals[0]}" revoked.\n`);
          return EXIT_OK;
        });
      }
      throw new UsageError(action ? `unknown token action "${action}"` : 'say create or revoke');
    } catch (error) {
      if (error instanceof UsageError) io.err(`coi token: ${error.message}\nUsage: coi ${tokenCommand.usage}\n`);
      else if (error instanceof ValidationError) io.err(`coi token: ${error.errors.map((e) => `--${e.field}: ${e.message}`).join('; ')}\n`);
      else throw error;
      return EXIT_BAD_INPUT;
    }
  },
};
