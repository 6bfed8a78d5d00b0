// As a new owner would: the first-run screen, sign-in, the demo organisation's dashboard, a finding followed to its
// record and fixed in the form until the verdict changes; every main page screenshotted and checked with axe-core.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRun, launchBrowser, openPage, screenshot, seriousViolations, signIn, startServer, type RunningServer } from './harness.ts';

const owner = { email: 'owner@example.org', password: 'correct horse battery staple 42' };
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

/** The main pages: screenshot name, path and the heading that says the page is drawn. */
const mainPages: [string, string, string][] = [
  ['06-findings', '/orgs/larchfield/findings', 'Findings'],
  ['07-evidence-index', '/orgs/larchfield/evidence-index', 'Evidence index'],
  ['08-statement-of-applicability', '/orgs/larchfield/r/soa-entries', 'Statement of Applicability'],
  ['09-risks', '/orgs/larchfield/r/risks', 'Risks'],
  ['10-ai-system', '/orgs/larchfield/r/ai-systems/ais-collections', 'Collections contact prioritisation'],
  ['11-documents', '/orgs/larchfield/r/documents', 'Documents'],
  ['12-certification', '/orgs/larchfield/certification', 'Certification'],
  ['13-api-tokens', '/account/tokens', 'API tokens'],
  ['15-document', '/orgs/larchfield/r/documents/doc-ai-policy', 'AI policy'],
  ['16-evidence', '/orgs/larchfield/r/evidence-items', 'Evidence'],
  ['17-evidence-item', '/orgs/larchfield/r/evidence-items/ev-gate-collections-deployment', 'Collections contact prioritisation: deployment gate decision'],
  ['18-evidence-index-for-a-control', '/orgs/larchfield/evidence-index?ref=A.6.2.5', 'Evidence index'],
  ['19-risk', '/orgs/larchfield/r/risks/risk-001', 'Indirect discrimination through proxy variables'],
];

describe('first run, sign-in and fixing a finding in the browser', () => {
  beforeAll(async () => {
    if (!canRun) throw new Error('The end-to-end tests need /usr/bin/chromium (apt-get install -y chromium) and the built web app (npm run build:web).');
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ({ page, errors } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates the first owner on the first-run screen with the setup token aims serve printed', async () => {
    const token = /setup token[^\n]*\n\s*(\S{16,})/i.exec(server.output())?.[1];
    expect(token, `aims serve printed no setup token:\n${server.output()}`).toBeTruthy();
    await page.goto(server.url);
    await page.waitForURL(/\/setup$/);
    await screenshot(page, '01-first-run-setup');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Setup token').fill(token!);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await page.getByLabel('Repeat the password').fill(owner.password);
    await page.getByRole('button', { name: 'Create the owner and sign in' }).click();
    await page.getByText('Ready for Stage 2 after specific actions').first().waitFor();
  });

  it('signs out, and signs in again with email and password to the dashboard', async () => {
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await screenshot(page, '02-sign-in');
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, server.url, owner.email, owner.password);
    await page.getByText('Ready for Stage 2 after specific actions').first().waitFor();
    await page.getByText('1 area of concern to close before Stage 2').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '03-dashboard');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('follows a finding to its record and fixes it in the form: the finding is gone, the area of concern closes', async () => {
    await page.locator('a[data-check="internal-audit-not-independent"]').click();
    await page.waitForURL(/\/findings\?check=internal-audit-not-independent$/);
    await page.locator('article[data-check="internal-audit-not-independent"]').getByRole('link', { name: 'AI system life cycle, data and resources' }).click();
    await page.waitForURL(/\/r\/internal-audits\/audit-02$/);
    await page.getByRole('heading', { name: 'AI system life cycle, data and resources' }).waitFor();
    await screenshot(page, '04-record-page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const auditors = page.getByRole('combobox', { name: 'Auditors' });
    await auditors.waitFor();
    await screenshot(page, '05-record-form');
    expect(await seriousViolations(page)).toEqual([]);
    // Priya Shah audited work she owns: take her off the audit team (the last auditor listed).
    await auditors.click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/r\/internal-audits\/audit-02$/);
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByText('Ready for Stage 2 with minor adjustments').first().waitFor();
    expect(await page.locator('a[data-check="internal-audit-not-independent"]').count()).toBe(0);
    await page.goto(`${server.url}/orgs/larchfield/findings?check=internal-audit-not-independent`);
    await page.getByText('No finding matches').waitFor();
  });

  it('fixes a minor finding (business-only impact assessment) and the verdict stays ready with minor adjustments', async () => {
    await page.goto(`${server.url}/orgs/larchfield/r/impact-assessments/ia-collections/edit`);
    const dimensions = page.getByRole('combobox', { name: 'Dimension' });
    await dimensions.first().waitFor();
    for (const [i, choice] of [[0, 'individual'], [1, 'group']] as const) {
      await dimensions.nth(i).click();
      await page.getByRole('option', { name: choice, exact: true }).click();
    }
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/r\/impact-assessments\/ia-collections$/);
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByText('Ready for Stage 2 with minor adjustments').first().waitFor();
    // Its finding is gone (the check may still ask a person to review the new wording), and no major finding is left.
    expect(await page.locator('a[data-check="impact-assessment-conflated-with-risk"]').count()).toBe(0);
    await page.goto(`${server.url}/orgs/larchfield/findings?severity=major`);
    await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    await page.getByText('No finding matches').waitFor();
  });

  // One test per page: axe-core takes a few seconds a page on a shared machine.
  it.each(mainPages)('draws %s (%s) readably with no serious or critical accessibility violation', async (name, path, heading) => {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect(await seriousViolations(page), name).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the audit-day estimate with each adjustment, its source and confidence', async () => {
    await page.goto(`${server.url}/orgs/larchfield/certification`);
    const adjustments = page.getByRole('list', { name: 'Audit-day adjustments' });
    await adjustments.waitFor();
    await adjustments.getByText(/AI system\(s\) of high complexity/).waitFor();
    expect(await adjustments.getByRole('listitem').count()).toBeGreaterThan(1);
    await page.getByText(/the table gives 15, 5 and 10 before adjustments/).waitFor();
  });

  it('draws the dashboard on a tablet', async () => {
    const tablet = await openPage(browser, { width: 820, height: 1180 });
    await signIn(tablet.page, server.url, owner.email, owner.password);
    await tablet.page.getByText('Ready for Stage 2 with minor adjustments').first().waitFor();
    await screenshot(tablet.page, '14-dashboard-tablet');
    expect(await seriousViolations(tablet.page)).toEqual([]);
    await tablet.page.context().close();
  });
});
