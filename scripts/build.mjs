// Compiles the sources (not the tests) to dist/ with esbuild, one bundle per entry with shared chunks, so that
// `aims` starts without compiling TypeScript. Run by `npm install` (prepare); bin/aims.js falls back to the
// sources through tsx when dist/ is absent or older than src/.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledValidatorsPlugin } from './build-validators.mjs';

const root = join(import.meta.dirname, '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const plugins = [await compiledValidatorsPlugin(root)];
// Packages stay outside the bundle (node_modules is installed anyway), except TypeBox: its ES modules are some
// two hundred small files, and resolving them was most of the start of a quick command such as `aims catalogue`.
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const inlined = new Set(['@sinclair/typebox']);
const external = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !inlined.has(name)).flatMap((name) => [name, `${name}/*`]);
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
  external,
  logLevel: 'warning',
  plugins,
});
writeFileSync(join(root, 'dist', 'built-at'), `${Date.now()}\n`);
