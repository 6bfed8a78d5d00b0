// Runs the `aims` command in-process through main(), as a user would type it, and captures what it prints.
import type { CliIo } from '../src/cli/command.ts';
import { main } from '../src/cli/main.ts';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function aims(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t) };
  const code = await main(['node', 'aims', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}
