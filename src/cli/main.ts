// The `aims` command: a static table of commands, each loaded only when it is the one asked for, so that a
// quick command never pays for the database, HTTP or YAML packages a heavier one needs.
import { Command, CommanderError } from 'commander';
import { EXIT_BAD_INPUT, takeExitCode, type CliIo, type CommandModule } from './command.ts';

const defaultIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<{ default: CommandModule }>;
}

/** Every command, one line each: add a file in ./commands and its line here (a test checks none is missing). */
export const commandTable: readonly CommandEntry[] = [
  { name: 'audit-days', load: () => import('./commands/audit-days.ts') },
  { name: 'catalogue', load: () => import('./commands/catalogue.ts') },
  { name: 'certification', load: () => import('./commands/certification.ts') },
  { name: 'check', load: () => import('./commands/check.ts') },
  { name: 'crosswalk', load: () => import('./commands/crosswalk.ts') },
  { name: 'checks', load: () => import('./commands/checks.ts') },
  { name: 'demo', load: () => import('./commands/demo.ts') },
  { name: 'export', load: () => import('./commands/export.ts') },
  { name: 'import', load: () => import('./commands/import.ts') },
  { name: 'import-catalog', load: () => import('./commands/import-catalog.ts') },
  { name: 'import-sheet', load: () => import('./commands/import-sheet.ts') },
  { name: 'init', load: () => import('./commands/init.ts') },
  { name: 'plan', load: () => import('./commands/plan.ts') },
  { name: 'report', load: () => import('./commands/report.ts') },
  { name: 'serve', load: () => import('./commands/serve.ts') },
  { name: 'token', load: () => import('./commands/token.ts') },
  { name: 'verify-log', load: () => import('./commands/verify-log.ts') },
];

/** The command modules to register: only the one named on the command line, or all of them for help. */
async function loadCommands(argv: readonly string[]): Promise<CommandModule[]> {
  const asked = commandTable.find((c) => c.name === argv[2]);
  const entries = asked ? [asked] : commandTable;
  return (await Promise.all(entries.map((c) => c.load()))).map((m) => m.default);
}

export function buildProgram(io: CliIo): Command {
  return new Command('aims')
    .description('OpenAIMS: run an ISO/IEC 42001 AI Management System and prepare its certification audits.')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError();
}

/** Runs the CLI with node-style argv and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const program = buildProgram(io);
  for (const command of await loadCommands(argv)) command.register(program, io);
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a wrong flag or a missing argument is bad input.
      return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    throw error;
  }
  return takeExitCode();
}
