// `npm run bench [filter]`: runs every case of bench/*.bench.ts in a process of its own, so that each peak
// memory figure is that case's alone, and prints one table of figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase, Figures } from './types.ts';

const benchDir = import.meta.dirname;
const root = resolve(benchDir, '..');

async function loadCases(file: string): Promise<readonly BenchCase[]> {
  const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { cases: readonly BenchCase[] };
  return mod.cases;
}

async function runChild(file: string, name: string): Promise<void> {
  const found = (await loadCases(file)).find((c) => c.name === name);
  if (!found) throw new Error(`no case "${name}" in ${file}`);
  const started = performance.now();
  const figures = await found.run();
  const wallMs = performance.now() - started;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...figures, wallMs: Math.round(wallMs), peakRssMiB: Math.round(peakMiB) })}\n`);
}

function format(figures: Figures): string {
  return Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : v}`)
    .join('  ');
}

async function runAll(filter: string | undefined): Promise<number> {
  const files = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort();
  let failures = 0;
  for (const file of files) {
    for (const c of await loadCases(file)) {
      const label = `${file.replace('.bench.ts', '')} / ${c.name}`;
      if (filter && !label.includes(filter)) continue;
      const child = spawnSync(process.execPath, [join(root, 'bin', 'run-ts.js'), join(benchDir, 'run.ts'), '--child', file, c.name], {
        cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: process.env,
      });
      const last = child.stdout.trim().split('\n').at(-1) ?? '';
      if (child.status !== 0 || !last.startsWith('{')) {
        failures++;
        console.log(`${label.padEnd(48)} FAILED (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' | ')}`);
        continue;
      }
      console.log(`${label.padEnd(48)} ${format(JSON.parse(last) as Figures)}`);
    }
  }
  return failures === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await runChild(args[1]!, args[2]!);
} else {
  console.log(`OpenAIMS benchmarks on ${process.platform}/${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
  process.exitCode = await runAll(args[0]);
}
