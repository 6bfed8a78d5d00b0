// The `aims` command: discovers the command modules in ./commands and runs the one asked for.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { EXIT_BAD_INPUT, takeExitCode, type CliIo, type CommandModule } from './command.ts';

const defaultIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

async function loadCommands(): Promise<CommandModule[]> {
  const dir = join(import.meta.dirname, 'commands');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  const modules = await Promise.all(files.map((f) => import(pathToFileURL(join(dir, f)).href)));
  return modules.map((m) => (m as { default: CommandModule }).default);
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
  for (const command of await loadCommands()) command.register(program, io);
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
