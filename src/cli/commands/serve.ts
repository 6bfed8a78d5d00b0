// `aims serve`: the HTTP API on localhost, on the embedded SQLite file unless --db names another database.
import { AppError, todayUtc } from '../../domain/index.ts';
import { buildServer, DEFAULT_EVIDENCE_MAX_BYTES } from '../../server/app.ts';
import { InvalidArgumentError, Option } from 'commander';
import { issueSetupToken } from '../../services/accounts/issue-setup-token.ts';
import { importDemoIntoEmptyDatabase } from '../../services/import-demo.ts';
import { DatabaseEvidenceStore, EvidenceStore, openDatabase } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand } from '../command.ts';
import { dbOption, wholeNumber } from '../options.ts';
import { productVersion } from '../version.ts';

interface ServeOptions {
  port: number;
  host: string;
  db: string;
  demo: boolean;
  trustProxy?: boolean;
  evidenceStore: 'disk' | 'database';
  evidenceDir: string;
  evidenceMaxBytes: number;
}

/** Evidence files on disk beside the default database; a server of several on one PostgreSQL uses `--evidence-store database`. */
export const DEFAULT_EVIDENCE_DIR = './data/evidence';

/** A TCP port: 1 to 65535. */
function port(value: string): number {
  const n = wholeNumber('--port', 1)(value);
  if (n > 65535) throw new InvalidArgumentError(`--port must be a whole number from 1 to 65535; got "${value}".`);
  return n;
}

/** A port taken or an address this machine does not have is the user's to change: said so, not a stack trace. */
function listenError(error: unknown, port: number, host: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new AppError('invalid_input', `Port ${port} on ${host} is already in use; stop what is using it or choose another with --port.`, [{ field: '--port', message: 'in use' }]);
  }
  if (code === 'EACCES') {
    return new AppError('invalid_input', `Not allowed to listen on port ${port} of ${host}; choose a port above 1023 with --port.`, [{ field: '--port', message: 'not allowed' }]);
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new AppError('invalid_input', `This machine has no address ${host} to listen on; check --host.`, [{ field: '--host', message: 'not an address of this machine' }]);
  }
  return error;
}

export default defineCommand({
  register(program, io) {
    program
      .command('serve')
      .description('Serve the OpenAIMS HTTP API (and, on first start of an empty database, load the demo organisation).')
      .addOption(new Option('--port <n>', 'port to listen on').argParser(port).default(4242))
      .option('--host <address>', 'address to listen on; localhost unless you put it behind a proxy', '127.0.0.1')
      .addOption(dbOption('SQLite file or PostgreSQL URL').default(DEFAULT_DB))
      .option('--no-demo', 'do not load the demo organisation into an empty database')
      .option('--trust-proxy', 'behind a reverse proxy: trust X-Forwarded-For and X-Forwarded-Proto (client address, Secure cookies)')
      .addOption(new Option('--evidence-store <where>', 'where uploaded evidence files go: disk (one server) or database (several servers sharing one PostgreSQL)').choices(['disk', 'database']).default('disk'))
      .option('--evidence-dir <path>', 'the folder of the disk evidence store', DEFAULT_EVIDENCE_DIR)
      .addOption(new Option('--evidence-max-bytes <n>', 'the largest evidence file accepted, in bytes').argParser(wholeNumber('--evidence-max-bytes', 1)).default(DEFAULT_EVIDENCE_MAX_BYTES))
      .action(action(io, async (opts: ServeOptions) => {
        const { port } = opts;
        const db = await openDatabase(opts.db);
        const demo = opts.demo ? await importDemoIntoEmptyDatabase(db, todayUtc(new Date())) : undefined;
        if (demo) {
          io.out(`Loaded the demo organisation "${demo.organisation.name}" to explore (first start of an empty database).\n`);
        }
        const evidenceBytes = opts.evidenceStore === 'database' ? new DatabaseEvidenceStore(db) : new EvidenceStore(opts.evidenceDir);
        const app = await buildServer({
          db, version: productVersion, evidenceBytes, evidenceMaxBytes: opts.evidenceMaxBytes, ...(opts.trustProxy ? { trustProxy: true } : {}),
        });
        let address: string;
        try {
          address = await app.listen({ port, host: opts.host });
        } catch (error) {
          await app.close();
          await db.close();
          throw listenError(error, port, opts.host);
        }
        const where = opts.evidenceStore === 'database' ? 'in the database' : `in ${opts.evidenceDir}`;
        io.out(`OpenAIMS ${productVersion} is serving on ${address} (database: ${db.dialect}; evidence files ${where}). Press Ctrl+C to stop.\n`);
        // No account yet: a one-time token for the first-run screen (or run `aims init`). Printed, never stored in clear.
        const setupToken = await issueSetupToken(db);
        if (setupToken) {
          io.out(`This installation has no account yet. Create the first owner in the web app with this one-time setup token `
            + `(valid 24 hours), or with \`aims init --email <address>\`:\n  ${setupToken}\n`);
        }
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await app.close();
        await db.close();
      }));
  },
});
