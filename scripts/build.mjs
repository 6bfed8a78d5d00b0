// Compiles the sources (not the tests) to dist/ with esbuild, one bundle per entry with shared chunks, so that
// `aims` starts without compiling TypeScript. Run by `npm install` (prepare); bin/aims.js falls back to the
// sources through tsx when dist/ is absent or older than src/.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledValidatorsPlugin } from './build-validators.mjs';

const root = join(import.meta.dirname, '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const plugins = [await compiledValidatorsPlugin(root)];
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  plugins,
});
writeFileSync(join(root, 'dist', 'built-at'), `${Date.now()}\n`);
