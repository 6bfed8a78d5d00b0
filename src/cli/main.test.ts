// The command table of main.ts names every command module, so a new command cannot be left unreachable.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTable } from './main.ts';

describe('commandTable', () => {
  it('has one entry for every file in src/cli/commands, and loads each', async () => {
    const files = readdirSync(join(import.meta.dirname, 'commands'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
    expect(commandTable.map((c) => c.name).sort()).toEqual(files);
    for (const entry of commandTable) expect(typeof (await entry.load()).default.register, entry.name).toBe('function');
  });
});
