// `aims check [<bundle-dir>]`: runs every check over a YAML bundle or an organisation in the database, prints the
// findings, the evidence index, the readiness steps and the Stage 1 verdict, and exits non-zero for CI.
import { AppError } from '../../domain/index.ts';
import { assessReadiness, failsAt, toCheckOutput } from '../../checks/readiness/readiness.ts';
import { writeJson } from '../../checks/readiness/readiness-json.ts';
import { renderCheckText } from '../../checks/readiness/readiness-text.ts';
import type { Severity } from '../../checks/types.ts';
import { action, DEFAULT_DB, defineCommand, EXIT_FINDINGS, EXIT_OK, parseFormat } from '../command.ts';
import { renderCiFormat } from '../check-ci-formats.ts';
import { loadAims, parseNow } from '../sources.ts';

interface CheckOptions {
  db?: string;
  org?: string;
  now?: string;
  format?: string;
  failOn?: string;
  docsUrl?: string;
}

const severities = ['major', 'minor', 'observation'] as const;

function parseFailOn(value: string | undefined): Severity {
  const failOn = value ?? 'major';
  if (!(severities as readonly string[]).includes(failOn)) {
    throw new AppError('invalid_input', `--fail-on must be one of ${severities.join(', ')}; got "${failOn}".`);
  }
  return failOn as Severity;
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
      .option('--format <format>', 'text, json, sarif (SARIF 2.1.0, located at bundle lines) or junit (JUnit XML)', 'text')
      .option('--docs-url <url>', 'with --format sarif: where the check pages (<id>.md) are published; the installed docs/checks by default')
      .option('--fail-on <severity>', 'exit 1 when a finding is at or above: major, minor or observation', 'major')
      .addHelpText('after', '\nExit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input. See docs/check-output.md.')
      .action(action(io, async (bundleDir: string | undefined, opts: CheckOptions) => {
        const format = parseFormat(opts.format, ['text', 'json', 'sarif', 'junit'] as const, 'text');
        const failOn = parseFailOn(opts.failOn);
        const now = parseNow(opts.now);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        const report = assessReadiness(aims, { now });
        const output = toCheckOutput(report);
        // JSON is streamed: the evidence index of a large AIMS is more text than one string may hold.
        if (format === 'json') writeJson(output, io.out);
        else if (format === 'sarif' || format === 'junit') io.out(await renderCiFormat(format, report, aims, bundleDir, opts.docsUrl));
        else io.out(renderCheckText(output));
        return failsAt(report.results, failOn) ? EXIT_FINDINGS : EXIT_OK;
      }));
  },
});
