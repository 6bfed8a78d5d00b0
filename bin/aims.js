#!/usr/bin/env node
// Entry point of the `aims` command: runs the build in dist/ (made by `npm install`, see scripts/build.mjs) when it
// is newer than every file in src/, else the TypeScript sources through tsx, so that a stale or missing build is
// never run silently and a clone installed with scripts disabled still works.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// A closed pipe (`aims catalogue | head`) is the reader being done, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const root = join(import.meta.dirname, '..');

/** When the build was made, or undefined without one. */
function builtAt() {
  try {
    return statSync(join(root, 'dist', 'built-at')).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Whether any source file changed after `time`. */
function sourcesNewerThan(time) {
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > time) return true;
  }
  return false;
}

const built = builtAt();
let main;
if (built !== undefined && !sourcesNewerThan(built)) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
