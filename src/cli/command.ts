// What every `aims` command module shares: how it registers, writes output and turns errors into exit codes.
import type { Command } from 'commander';
import { AppError, formatErrorDetail } from '../domain/index.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read whole (a password for `aims init`); tests give their own. */
  input?(): Promise<string>;
}

/** A file in src/cli/commands/ default-exports one of these; main.ts discovers and registers them. */
export interface CommandModule {
  register(program: Command, io: CliIo): void;
}

export const defineCommand = (module: CommandModule): CommandModule => module;

/** Where commands keep their data unless `--db` says otherwise. */
export const DEFAULT_DB = './data/openaims.sqlite';

/** Exit codes besides AppError's table: 0 fine, 1 "the check found something at or above --fail-on". */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

let exitCode = EXIT_OK;
export const setExitCode = (code: number): void => {
  exitCode = code;
};
export const takeExitCode = (): number => {
  const code = exitCode;
  exitCode = EXIT_OK;
  return code;
};

/**
 * Wraps a command's action: its returned number becomes the exit code, an AppError prints its message and
 * each detail on its own line (file:line: field: message) and exits with the code's CLI status.
 */
export function action<A extends unknown[]>(io: CliIo, fn: (...args: A) => Promise<number | void> | number | void) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await fn(...args);
      setExitCode(code ?? EXIT_OK);
    } catch (error) {
      if (error instanceof AppError) {
        io.err(`error: ${error.message}\n`);
        for (const detail of error.details) io.err(`  ${formatErrorDetail(detail)}\n`);
        setExitCode(error.exitCode);
        return;
      }
      throw error;
    }
  };
}
