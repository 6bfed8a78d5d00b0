// `aims init --email <address>`: the first account of an installation, its password read from standard input.
import { AppError } from '../../domain/index.ts';
import { createFirstOwner } from '../../services/accounts/create-first-owner.ts';
import { openDatabase } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand, type CliIo } from '../command.ts';

interface InitOptions {
  db: string;
  email: string;
  name?: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The first line of standard input: a password never travels as a flag, where `ps` and shell history would show it. */
export async function readPassword(io: CliIo): Promise<string> {
  if (!io.input && process.stdin.isTTY) io.err('Password (then Enter, and Ctrl+D): ');
  const text = await (io.input ?? readStdin)();
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '') throw new AppError('invalid_input', 'No password on standard input; pipe it in, e.g. `printf "%s\\n" "$PASSWORD" | aims init --email you@example.org`.', [{ field: 'stdin', message: 'empty' }]);
  return password;
}

export default defineCommand({
  register(program, io) {
    program
      .command('init')
      .description('Create the first account: installation administrator and owner of every organisation in the database. The password is read from standard input.')
      .requiredOption('--email <address>', 'email address of the account')
      .option('--name <name>', 'the person\'s name')
      .option('--db <file|postgres-url>', 'SQLite file or PostgreSQL URL', DEFAULT_DB)
      .addHelpText('after', '\nRefused (exit 2) once the installation has any account. Add more people from the web app or the members API.')
      .action(action(io, async (opts: InitOptions) => {
        const password = await readPassword(io);
        const db = await openDatabase(opts.db);
        try {
          const { organisations } = await createFirstOwner(db, { email: opts.email, password, ...(opts.name ? { name: opts.name } : {}) });
          const which = organisations.length === 0 ? 'no organisation yet (import one with `aims import`)' : `owner of ${organisations.join(', ')}`;
          io.out(`Created the account ${opts.email.trim().toLowerCase()}: installation administrator, ${which}.\n`);
        } catch (error) {
          // Exit 2 (not 3): a second init is a mistake of the caller's, whatever the store calls it.
          if (error instanceof AppError && error.code === 'already_exists') throw new AppError('invalid_input', error.message, [{ field: '--email', message: 'the installation already has an account' }]);
          throw error;
        } finally {
          await db.close();
        }
      }));
  },
});
