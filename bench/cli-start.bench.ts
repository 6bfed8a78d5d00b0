// How fast `aims` starts, as ratios to a bare `node -e 0` (best of N runs each): `aims catalogue` (target under
// 3×) and `aims check` of the demo bundle (target under 1 s). Builds dist/ first, as `npm install` does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchCase, Figures } from './types.ts';

const root = resolve(import.meta.dirname, '..');
const RUNS = 7;

/** Best wall time in ms of running `args` with node, RUNS times. */
function bestOf(args: readonly string[]): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    const ms = performance.now() - started;
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    best = Math.min(best, ms);
  }
  return best;
}

async function measure(): Promise<Figures> {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'openaims-start-'));
  try {
    const bundle = join(dir, 'demo');
    execFileSync(process.execPath, [join(root, 'bin', 'aims.js'), 'demo', '--out', bundle, '--as-of', '2026-11-01'], { cwd: root, stdio: 'ignore' });
    const bare = bestOf(['-e', '0']);
    const catalogue = bestOf([join(root, 'bin', 'aims.js'), 'catalogue']);
    const check = bestOf([join(root, 'bin', 'aims.js'), 'check', bundle, '--now', '2026-11-01']);
    return {
      bareNodeMs: Math.round(bare),
      catalogueMs: Math.round(catalogue),
      catalogueRatio: catalogue / bare,
      catalogueTarget: 'under 3x',
      checkDemoMs: Math.round(check),
      checkDemoRatio: check / bare,
      checkTarget: 'under 1000 ms',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cases: BenchCase[] = [{ name: 'aims start: catalogue and check of the demo', run: measure }];
