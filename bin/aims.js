#!/usr/bin/env node
// Entry point of the `aims` command: runs the TypeScript sources through tsx, so a clone needs no build step.
import { register } from 'tsx/esm/api';

// A closed pipe (`aims catalogue | head`) is the reader being done, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
