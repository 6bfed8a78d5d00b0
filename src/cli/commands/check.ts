// `aims check [<bundle-dir>]`: runs every check over a YAML bundle or an organisation in the database, prints the
// findings, the evidence index, the readiness steps and the Stage 1 verdict, and exits non-zero for CI.
import { assessReadiness, failsAt, toCheckOutput } from '../../checks/readiness/readiness.ts';
import { writeJson } from '../../reports/check-json.ts';
import { renderCheckText } from '../../reports/check-text.ts';
import type { Severity } from '../../checks/types.ts';
import { Option } from 'commander';
import { action, DEFAULT_DB, defineCommand, EXIT_FINDINGS, EXIT_OK } from '../command.ts';
import { dbOption, formatOption, nowOption, orgOption } from '../options.ts';
import { loadAims, nowOrToday } from '../sources.ts';

interface CheckOptions {
  db?: string;
  org?: string;
  now?: string;
  format: 'text' | 'json' | 'sarif' | 'junit';
  failOn: Severity;
  docsUrl?: string;
}

const severities: readonly Severity[] = ['major', 'minor', 'observation'];

export default defineCommand({
  register(program, io) {
    program
      .command('check')
      .description('Check an AIMS the way a certification auditor would: findings, evidence index, readiness steps and the Stage 1 verdict.')
      .argument('[bundle-dir]', 'a YAML bundle folder; without it, the organisation in the database')
      .addOption(dbOption())
      .addOption(orgOption('the organisation to check, where the database holds several'))
      .addOption(nowOption())
      .addOption(formatOption(['text', 'json', 'sarif', 'junit']))
      .option('--docs-url <url>', 'with --format sarif: where the check pages (<id>.md) are published; the installed docs/checks by default')
      .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(severities).default('major'))
      .addHelpText('after', '\nExit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input. See docs/check-output.md.')
      .action(action(io, async (bundleDir: string | undefined, opts: CheckOptions) => {
        const format = opts.format;
        const now = nowOrToday(opts.now);
        const aims = await loadAims(bundleDir, opts, DEFAULT_DB);
        const report = assessReadiness(aims, { now });
        const output = toCheckOutput(report);
        // JSON is streamed: the evidence index of a large AIMS is more text than one string may hold.
        if (format === 'json') writeJson(output, io.out);
        else if (format === 'sarif' || format === 'junit') io.out(await (await import('../check-ci-formats.ts')).renderCiFormat(format, report, aims, bundleDir, opts.docsUrl));
        else io.out(renderCheckText(output));
        return failsAt(report.results, opts.failOn) ? EXIT_FINDINGS : EXIT_OK;
      }));
  },
});
