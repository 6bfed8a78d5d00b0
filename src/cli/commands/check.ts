// `aims check [<bundle-dir>]`: runs every check over a YAML bundle or an organisation in the database, prints the
// findings, the evidence index, the readiness steps and the Stage 1 verdict, and exits non-zero for CI.
import { existsSync } from 'node:fs';
import { AppError, isValidIsoDate, todayUtc, type AimsSnapshot } from '../../domain/index.ts';
import { assessReadiness, failsAt, toCheckOutput } from '../../checks/readiness.ts';
import { writeJson } from '../../checks/readiness-json.ts';
import { renderCheckText } from '../../checks/readiness-text.ts';
import type { Severity } from '../../checks/types.ts';
import { readBundle } from '../../store/bundle/index.ts';
import { isPostgresUrl, listOrganisations, loadSnapshot, openDatabase } from '../../store/index.ts';
import { action, DEFAULT_DB, defineCommand, EXIT_FINDINGS, EXIT_OK, parseFormat } from '../command.ts';

interface CheckOptions {
  db?: string;
  org?: string;
  now?: string;
  format?: string;
  failOn?: string;
}

const severities = ['major', 'minor', 'observation'] as const;

function parseFailOn(value: string | undefined): Severity {
  const failOn = value ?? 'major';
  if (!(severities as readonly string[]).includes(failOn)) {
    throw new AppError('invalid_input', `--fail-on must be one of ${severities.join(', ')}; got "${failOn}".`);
  }
  return failOn as Severity;
}

function parseNow(value: string | undefined): string {
  if (value === undefined) return todayUtc(new Date());
  if (!isValidIsoDate(value)) throw new AppError('invalid_input', `--now must be a date as YYYY-MM-DD; got "${value}".`);
  return value;
}

async function fromBundle(dir: string, org: string | undefined): Promise<AimsSnapshot> {
  let aims: AimsSnapshot;
  try {
    aims = await readBundle(dir);
  } catch (error) {
    // A bundle that cannot be read is bad input to this command, whatever the reason the file system gave.
    if (error instanceof AppError && error.code === 'storage_failure') throw new AppError('invalid_input', error.message, error.details);
    throw error;
  }
  if (org !== undefined && org !== aims.organisation.id) {
    throw new AppError('invalid_input', `The bundle at ${dir} holds organisation "${aims.organisation.id}", not "${org}".`);
  }
  return aims;
}

async function fromDatabase(target: string, org: string | undefined): Promise<AimsSnapshot> {
  // Opening a SQLite file creates it; a check of a database that is not there is a mistyped path.
  if (!isPostgresUrl(target) && target !== ':memory:' && !existsSync(target)) {
    throw new AppError('not_found', `There is no database at ${target}; give a bundle folder, or --db with an existing database.`);
  }
  const db = await openDatabase(target);
  try {
    if (org !== undefined) return await loadSnapshot(db, org);
    const organisations = await listOrganisations(db);
    if (organisations.length === 0) throw new AppError('not_found', `The database at ${db.location} holds no organisation.`);
    if (organisations.length > 1) {
      throw new AppError('invalid_input', `The database holds ${organisations.length} organisations; choose one with --org (${organisations.map((o) => o.id).join(', ')}).`);
    }
    return await loadSnapshot(db, organisations[0]!.id);
  } finally {
    await db.close();
  }
}

export default defineCommand({
  register(program, io) {
    program
      .command('check')
      .description('Check an AIMS the way a certification auditor would: findings, evidence index, readiness steps and the Stage 1 verdict.')
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .option('--db <file|postgres-url>', `SQLite file or PostgreSQL URL (default ${DEFAULT_DB})`)
      .option('--org <id>', 'the organisation to check, where the database holds several')
      .option('--now <date>', 'judge as of this date (YYYY-MM-DD); today by default')
      .option('--format <format>', 'text or json', 'text')
      .option('--fail-on <severity>', 'exit 1 when a finding is at or above: major, minor or observation', 'major')
      .addHelpText('after', '\nExit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input. See docs/check-output.md.')
      .action(action(io, async (bundleDir: string | undefined, opts: CheckOptions) => {
        const format = parseFormat(opts.format, ['text', 'json'] as const, 'text');
        const failOn = parseFailOn(opts.failOn);
        const now = parseNow(opts.now);
        if (bundleDir !== undefined && opts.db !== undefined) {
          throw new AppError('invalid_input', 'Give either a bundle folder or --db, not both.');
        }
        const aims = bundleDir !== undefined ? await fromBundle(bundleDir, opts.org) : await fromDatabase(opts.db ?? DEFAULT_DB, opts.org);
        const report = assessReadiness(aims, { now });
        const output = toCheckOutput(report);
        // JSON is streamed: the evidence index of a large AIMS is more text than one string may hold.
        if (format === 'json') writeJson(output, io.out);
        else io.out(renderCheckText(output));
        return failsAt(report.results, failOn) ? EXIT_FINDINGS : EXIT_OK;
      }));
  },
});
