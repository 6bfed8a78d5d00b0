// The HTTP API under load: 20 concurrent clients (autocannon, localhost only, 5 s per case) on a scale-100
// organisation in SQLite: a register list page, a record read, a write, and the dashboard payload; and, to show what
// a page costs when it is not cached, 300 different list pages in turn (more than the page cache holds).
// Targets on a 2-core machine: list p95 < 50 ms, dashboard p95 < 300 ms.
// The load generator runs in a process of its own (bench/load-client.ts), so that it does not share the server's event
// loop (a real client is another process, usually another machine); the server has one thread, as `aims serve` has.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { buildServer } from '../src/server/app.ts';
import { createApiToken } from '../src/services/accounts/create-api-token.ts';
import { createFirstOwner } from '../src/services/accounts/create-first-owner.ts';
import { buildScaledOrganisation } from '../src/domain/demo/index.ts';
import { importOrganisation } from '../src/services/import-organisation.ts';
import { listRecords, openDatabase } from '../src/store/index.ts';
import type { BenchCase, Figures } from './types.ts';

const AS_OF = '2026-11-01';
const CONNECTIONS = 20;
const SECONDS = 5;

type Kind = 'list' | 'list-by-title' | 'list-uncached' | 'read' | 'write' | 'dashboard';

type Request = { method: 'GET' | 'POST'; path: string; body?: string };

/**
 * 300 distinct pages of 50 risks by id, asked for in turn: the page cache holds 256, so every request reads its page
 * from the database (its total, shared by every page, is counted once).
 */
const uncachedPages = (org: string): Request[] => Array.from({ length: 300 }, (_, i) => (
  { method: 'GET', path: `${org}/risks?limit=50&page=${(i % 200) + 1}${i >= 200 ? '&order=desc' : ''}` }
));

const root = join(import.meta.dirname, '..');

/** Runs autocannon in a child process and returns its result. */
function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'run-ts.js'), join(root, 'bench', 'load-client.ts'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as autocannon.Result) : reject(new Error(`the load client exited with ${code}`))));
  });
}

async function measure(kind: Kind): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'openaims-bench-api-'));
  const db = await openDatabase(join(dir, 'api.sqlite'));
  try {
    const aims = buildScaledOrganisation(100, { asOf: AS_OF });
    await importOrganisation(db, aims, { actor: 'bench' });
    await createFirstOwner(db, { email: 'bench@example.org', password: 'a bench passphrase 2026' });
    const { token } = await createApiToken(db, { email: 'bench@example.org', organisationId: aims.organisation.id, role: 'manager' });
    const app = await buildServer({ db, version: 'bench', requestsPerMinute: 0 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const org = `/api/orgs/${aims.organisation.id}`;
    const riskId = (await listRecords(db, aims.organisation.id, 'risks', { limit: 1 })).items[0]!.record.id;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const requests: Request[] = {
      list: [{ method: 'GET' as const, path: `${org}/risks?limit=50&page=3` }],
      // Sorting by the label sorts every risk of the organisation (10,000 at scale 100): no index serves it yet.
      'list-by-title': [{ method: 'GET' as const, path: `${org}/risks?limit=50&page=3&sort=title` }],
      'list-uncached': uncachedPages(org),
      read: [{ method: 'GET' as const, path: `${org}/risks/${riskId}` }],
      // Each write creates a site of its own ({n} is a new number per request), so concurrent writers never conflict.
      write: [{ method: 'POST' as const, path: `${org}/sites`, body: JSON.stringify({ record: { id: 'bench-site-{n}', name: 'Bench site {n}', central: false } }) }],
      dashboard: [{ method: 'GET' as const, path: `${org}/dashboard?asOf=${AS_OF}` }],
    }[kind];
    // The first dashboard request computes readiness; the load measures what every later request costs.
    if (kind === 'dashboard') await fetch(`http://127.0.0.1:${port}${org}/dashboard?asOf=${AS_OF}`, { headers });
    const cpuBefore = process.cpuUsage();
    const result = await load({ url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, duration: SECONDS, headers, requests });
    const cpu = process.cpuUsage(cpuBefore);
    await app.close();
    const ok = result['2xx'];
    return {
      // autocannon reports p90 and p97.5, not p95: p97.5 under a target means p95 is under it too.
      p50Ms: result.latency.p50, p90Ms: result.latency.p90, p97_5Ms: result.latency.p97_5, p99Ms: result.latency.p99,
      requestsPerSecond: Math.round(result.requests.average), ok, errors: result.errors + result.non2xx,
      // The server's CPU time per answered request (the load client's own is in its process, not counted): a figure
      // the other processes of a shared machine do not inflate the way they inflate latencies.
      cpuMsPerRequest: Number(((cpu.user + cpu.system) / 1000 / Math.max(1, ok + result.non2xx)).toFixed(2)),
    };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cases: readonly BenchCase[] = (['list', 'list-by-title', 'list-uncached', 'read', 'write', 'dashboard'] as const).map((kind) => ({
  name: `api ${kind} scale 100, ${CONNECTIONS} clients`,
  run: () => measure(kind),
}));
