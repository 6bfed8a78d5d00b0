// `aims token create`: an API token for the CLI and CI, printed once on standard output, stored only as its hash.
import { createApiToken } from '../../services/accounts/create-api-token.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { openExistingDatabase } from '../sources.ts';

interface TokenOptions {
  db: string;
  email: string;
  org: string;
  role: string;
  expires?: string;
  name?: string;
}

export default defineCommand({
  register(program, io) {
    const token = program.command('token').description('API tokens for automation (Authorization: Bearer <token>).');
    token
      .command('create')
      .description('Create an API token scoped to one organisation and role (no more than your own there), with an expiry.')
      .requiredOption('--email <address>', 'the account the token acts as')
      .requiredOption('--org <id>', 'the organisation it is limited to')
      .requiredOption('--role <role>', 'owner, manager, contributor, internal-auditor, top-management, external-auditor or viewer')
      .option('--expires <date>', 'the last day it works (YYYY-MM-DD); 90 days from today by default, a year at most')
      .option('--name <name>', 'what it is for, e.g. "CI of the AIMS repository"')
      .option('--db <file|postgres-url>', 'SQLite file or PostgreSQL URL', DEFAULT_DB)
      .action(action(io, async (opts: TokenOptions) => {
        const db = await openExistingDatabase(opts.db);
        try {
          const created = await createApiToken(db, {
            email: opts.email, organisationId: opts.org, role: opts.role,
            ...(opts.expires ? { expires: opts.expires } : {}), ...(opts.name ? { name: opts.name } : {}),
          });
          io.err(`API token ${created.id} for ${opts.email} in "${created.organisationId}" as ${created.role}, valid until ${created.expiresAt}. It is shown only now; keep it secret.\n`);
          io.out(`${created.token}\n`);
        } finally {
          await db.close();
        }
      }));
  },
});
