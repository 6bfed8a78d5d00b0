// The web app in headless Chromium against a real `aims serve`: the gzip size of the JavaScript the first page
// loads (target < 300 KB), the API requests the dashboard makes (target ≤ 3) and the time from navigation to the
// dashboard drawn for a scale-100 organisation (target < 1.5 s).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, root, startServer } from '../src/web/e2e/harness.ts';
import type { BenchCase, Figures } from './types.ts';

const owner = { email: 'bench@example.org', password: 'correct horse battery staple 42' };
const TARGET_FIRST_PAGE_KB = 300;
const TARGET_DASHBOARD_REQUESTS = 3;
const TARGET_DASHBOARD_MS = 1500;

/** The gzip size of every script a page load fetched, read from the build so that the figure is what is served. */
function recordScripts(page: Page): () => number {
  const scripts = new Set<string>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  return () => [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join(root, 'dist', 'web', path)), { level: 9 }).length, 0);
}

async function signedInPage(url: string) {
  const browser = await launchBrowser();
  const { page } = await openPage(browser);
  const answer = await page.request.post(`${url}/api/session`, { data: owner });
  if (!answer.ok()) throw new Error(`sign-in failed: ${answer.status()} ${await answer.text()}`);
  const orgs = (await (await page.request.get(`${url}/api/orgs`)).json()) as { items: { id: string }[] };
  return { browser, page, org: orgs.items[0]!.id };
}

/** Navigates to the dashboard and waits for the verdict; returns the milliseconds and the API requests made. */
async function drawDashboard(page: Page, url: string, org: string): Promise<{ ms: number; requests: number }> {
  const requests: string[] = [];
  const listener = (r: { url(): string }) => { if (new URL(r.url()).pathname.startsWith('/api/')) requests.push(r.url()); };
  page.on('request', listener);
  const started = performance.now();
  await page.goto(`${url}/orgs/${org}`);
  await page.getByText(/Ready for Stage 2|Not ready for Stage 2|Not ready/).first().waitFor({ timeout: 60_000 });
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return { ms, requests: requests.length };
}

async function firstPage(): Promise<Figures> {
  const server = await startServer({ owner });
  try {
    const browser = await launchBrowser();
    const { page } = await openPage(browser);
    const signInJs = recordScripts(page);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    const signInKb = signInJs() / 1024;
    await browser.close();
    const signed = await signedInPage(server.url);
    const dashboardJs = recordScripts(signed.page);
    const { requests } = await drawDashboard(signed.page, server.url, signed.org);
    const dashboardKb = dashboardJs() / 1024;
    await signed.browser.close();
    return {
      signInPageJsGzipKB: Math.round(signInKb), dashboardPageJsGzipKB: Math.round(dashboardKb), targetKB: TARGET_FIRST_PAGE_KB,
      dashboardApiRequests: requests, targetRequests: TARGET_DASHBOARD_REQUESTS,
      met: signInKb < TARGET_FIRST_PAGE_KB && dashboardKb < TARGET_FIRST_PAGE_KB && requests <= TARGET_DASHBOARD_REQUESTS ? 'yes' : 'NO',
    };
  } finally {
    await server.stop();
  }
}

async function dashboardAtScale(scale: number): Promise<Figures> {
  const server = await startServer({ scale, owner });
  try {
    const { browser, page, org } = await signedInPage(server.url);
    // The first draw computes the organisation's readiness; later ones reuse it until the organisation changes.
    const cold = await drawDashboard(page, server.url, org);
    const warm = await drawDashboard(page, server.url, org);
    await browser.close();
    return {
      scale, coldMs: Math.round(cold.ms), warmMs: Math.round(warm.ms), apiRequests: warm.requests,
      targetMs: TARGET_DASHBOARD_MS, met: warm.ms < TARGET_DASHBOARD_MS && warm.requests <= TARGET_DASHBOARD_REQUESTS ? 'yes' : 'NO',
    };
  } finally {
    await server.stop();
  }
}

export const cases: readonly BenchCase[] = [
  { name: 'web first page js and dashboard requests', run: firstPage },
  { name: 'web dashboard drawn scale 100', run: () => dashboardAtScale(100) },
];
