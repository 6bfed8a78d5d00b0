// The options several `aims` commands share, built once with commander's own Option (choices, defaults and
// argument parsers), so that every command spells, documents and checks them alike.
import { InvalidArgumentError, Option } from 'commander';
import { isValidIsoDate } from '../domain/index.ts';
import { DEFAULT_DB } from './command.ts';

/** `--db <file|postgres-url>`: where the organisation is kept. */
export const dbOption = (description = `SQLite file or PostgreSQL URL (default ${DEFAULT_DB})`): Option =>
  new Option('--db <file|postgres-url>', description);

/** `--org <id>`: which organisation, where the database holds several. */
export const orgOption = (description = 'the organisation, where the database holds several'): Option =>
  new Option('--org <id>', description);

/** `--format <format>` limited to `choices`, the first being the default. */
export function formatOption<const F extends readonly [string, ...string[]]>(choices: F): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(choices[0]);
}

/** A parser for a YYYY-MM-DD argument: a day that does not exist is refused, not rolled over. */
export function isoDate(flag: string): (value: string) => string {
  return (value) => {
    if (!isValidIsoDate(value)) throw new InvalidArgumentError(`${flag} must be a date as YYYY-MM-DD; got "${value}".`);
    return value;
  };
}

/** A parser for a whole number of at least `min`. */
export function wholeNumber(flag: string, min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
      throw new InvalidArgumentError(`${flag} must be a whole number of at least ${min}; got "${value}".`);
    }
    return Number(value);
  };
}

/** `<flags> <date>` parsed as a YYYY-MM-DD day. */
export const dateOption = (flag: string, description: string): Option =>
  new Option(`${flag} <date>`, description).argParser(isoDate(flag));

/** `--now <date>`: the day to judge as of; the CLI owns the clock (today, UTC, when absent). */
export const nowOption = (description = 'judge as of this date (YYYY-MM-DD); today by default'): Option =>
  dateOption('--now', description);

/** `--as-of <date>`: the day data is built as of. */
export const asOfOption = (description: string): Option => dateOption('--as-of', description);

/** `<flags> <n>`: a whole number of at least `min`. */
export const countOption = (flag: string, description: string, min: number): Option =>
  new Option(`${flag} <n>`, description).argParser(wholeNumber(flag, min));
