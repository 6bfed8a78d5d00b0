// Two `aims serve` processes on one PostgreSQL database, as behind a load balancer: a session opened on one works
// on the other, a write made through one is read through the other, and signing out on one ends it on both.
// Servers keep no state of their own; this proves it with real processes on localhost ports (killed after).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, pgTestUrl } from '../../../test/databases.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { createFirstOwner } from '../../services/accounts/create-first-owner.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { openDatabase } from '../../store/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const PASSWORD = 'two servers share one database 2026';
const STARTUP_MS = 60_000;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `aims serve` and resolves with its base URL once it says it is serving. */
function serve(db: string, port: number, started: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [join(root, 'bin', 'aims.js'), 'serve', '--db', db, '--port', String(port), '--no-demo'], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' },
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`aims serve on port ${port} did not start in ${STARTUP_MS} ms: ${out}`)), STARTUP_MS);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('is serving on')) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`aims serve on port ${port} exited (${code}): ${out}`));
    });
  });
}

describe.skipIf(!pgTestUrl())('two aims serve processes on one PostgreSQL database', () => {
  const started: ChildProcess[] = [];
  let drop: (() => Promise<void>) | undefined;
  let a = '';
  let b = '';

  beforeAll(async () => {
    const created = await createTestDatabase('postgres');
    drop = created.drop;
    const db = await openDatabase(created.target);
    try {
      await importOrganisation(db, buildDemoOrganisation({ asOf: '2026-12-01' }), { actor: 'system:test' });
      await createFirstOwner(db, { email: 'owner@example.org', password: PASSWORD });
    } finally {
      await db.close();
    }
    [a, b] = await Promise.all([serve(created.target, await freePort(), started), serve(created.target, await freePort(), started)]);
  }, STARTUP_MS * 2);

  afterAll(async () => {
    await Promise.all(started.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    })));
    await drop?.();
  }, 30_000);

  it('signs in on one server and uses the session on the other', async () => {
    const signIn = await fetch(`${a}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@example.org', password: PASSWORD }) });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };

    const there = await fetch(`${b}/api/session`, { headers: { cookie } });
    expect(there.status).toBe(200);
    expect(((await there.json()) as { user: { email: string } }).user.email).toBe('owner@example.org');

    const write = await fetch(`${b}/api/orgs/larchfield/sites`, {
      method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ record: { id: 'site-shared', name: 'Written through server B', central: false } }),
    });
    expect(write.status).toBe(201);
    const read = await fetch(`${a}/api/orgs/larchfield/sites/site-shared`, { headers: { cookie } });
    expect(((await read.json()) as { record: { name: string } }).record.name).toBe('Written through server B');

    expect((await fetch(`${b}/api/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken } })).status).toBe(200);
    expect((await fetch(`${a}/api/orgs`, { headers: { cookie } })).status).toBe(401);
  });
});
