// End-to-end harness: a real `aims serve` on a real SQLite file on a localhost port, and Debian's Chromium
// driven by playwright-core. One server and one browser per test file keeps the suite fast.
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../../..');
export const artifacts = join(root, 'test-artifacts');
export const chromiumPath = '/usr/bin/chromium';
export const canRun = existsSync(chromiumPath) && existsSync(join(root, 'dist', 'web', 'index.html'));

/** Runs the aims command; throws with its output when it fails. */
export function aims(args: readonly string[], input?: string): string {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'aims.js'), ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (run.status !== 0) throw new Error(`aims ${args.join(' ')} exited ${run.status}: ${run.stderr || run.stdout}`);
  return run.stdout;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  readonly url: string;
  readonly db: string;
  readonly dir: string;
  /** Everything `aims serve` printed so far (the setup token among it). */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerSetup {
  /** `aims demo --scale`; 1 by default. */
  readonly scale?: number;
  /** The first owner, made with `aims init`; none leaves the installation empty for the first-run screen. */
  readonly owner?: { readonly email: string; readonly password: string };
}

export async function startServer(setup: ServerSetup = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'openaims-e2e-'));
  const db = join(dir, 'aims.sqlite');
  aims(['demo', '--out', join(dir, 'bundle'), ...(setup.scale && setup.scale > 1 ? ['--scale', String(setup.scale)] : [])]);
  aims(['import', join(dir, 'bundle'), '--db', db]);
  if (setup.owner) aims(['init', '--db', db, '--email', setup.owner.email], `${setup.owner.password}\n`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'aims.js'), 'serve', '--db', db, '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`aims serve exited ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 30_000) throw new Error(`aims serve did not answer in 30 s: ${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url, db, dir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page in a context of its own (its own cookies), failing the test on any uncaught error of the app. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

/** Keeps a full-page screenshot under test-artifacts/ (gitignored) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** The serious and critical accessibility violations axe-core finds on the page, as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

/** A signed-in API client (cookie and CSRF token), as the web app itself talks to the server. */
export async function apiAs(url: string, email: string, password: string) {
  const signedIn = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (signedIn.status !== 200) throw new Error(`sign-in of ${email}: ${signedIn.status} ${await signedIn.text()}`);
  const cookie = signedIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Adds a member of the demo organisation as its owner would, and accepts the invitation with `password`. */
export async function addMember(url: string, owner: { readonly email: string; readonly password: string }, email: string, membership: Record<string, unknown>, password: string): Promise<void> {
  const asOwner = await apiAs(url, owner.email, owner.password);
  const added = await asOwner<{ invitation?: { token: string } }>('POST', '/api/orgs/larchfield/members', { email, ...membership });
  const accepted = await fetch(`${url}/api/invitations/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: added.invitation!.token, password }) });
  if (!accepted.ok) throw new Error(`invitation of ${email}: ${accepted.status} ${await accepted.text()}`);
}
