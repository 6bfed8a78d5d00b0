// What each role sees in the browser: an external auditor only their audit's records, read-only; a contributor
// edits only what they own; and a save based on a stale version shows the conflict and offers to reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember as addMember_, apiAs as apiAs_, canRun, launchBrowser, openPage, screenshot, seriousViolations, signIn, startServer, type RunningServer } from './harness.ts';

const password = 'correct horse battery staple 42';
const owner = { email: 'owner@example.org', password };
let server: RunningServer;
let browser: Browser;

const apiAs = (email: string, pass: string) => apiAs_(server.url, email, pass);
const addMember = (email: string, membership: Record<string, unknown>) => addMember_(server.url, owner, email, membership, password);

describe('roles and conflicts in the browser', () => {
  beforeAll(async () => {
    if (!canRun) throw new Error('The end-to-end tests need /usr/bin/chromium (apt-get install -y chromium) and the built web app (npm run build:web).');
    [server, browser] = await Promise.all([startServer({ owner }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows an external auditor only the records of their audit, with nothing to edit', async () => {
    await addMember('auditor@cert-body.example', { role: 'external-auditor', externalAuditId: 'xa-stage-1', accessFrom: '2020-01-01', accessUntil: '2099-12-31' });
    const { page, errors } = await openPage(browser);
    await signIn(page, server.url, 'auditor@cert-body.example', password);
    await page.goto(`${server.url}/orgs/larchfield/r/external-audits`);
    await page.getByRole('heading', { name: 'External audits', level: 1 }).waitFor();
    await page.getByText('1 record', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'stage-1', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'stage-2', exact: true }).count()).toBe(0);
    await screenshot(page, '20-external-auditor-audits');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/orgs/larchfield/r/risks/risk-001`);
    await page.getByRole('heading', { name: /proxy variables/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await page.goto(`${server.url}/orgs/larchfield/r/external-audits/xa-stage-2`);
    await page.getByRole('alert').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets a contributor edit the risks they own and shows no edit button on the others', async () => {
    await addMember('liam@larchfield.example', { role: 'contributor', personId: 'p-liam' });
    const { page } = await openPage(browser);
    await signIn(page, server.url, 'liam@larchfield.example', password);
    await page.goto(`${server.url}/orgs/larchfield/r/risks/risk-005`);
    await page.getByRole('heading', { name: /rubber-stamp/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/orgs/larchfield/r/risks/risk-001`);
    await page.getByRole('link', { name: 'Edit', exact: true }).waitFor();
    await page.goto(`${server.url}/orgs/larchfield/r/risks/risk-005/edit`);
    await page.getByText(/may read this record but not change it/).waitFor();
    await page.context().close();
  });

  it('refuses a stale save, says someone else changed the record and reloads their version', async () => {
    const { page } = await openPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/orgs/larchfield/r/risks/risk-002/edit`);
    const description = page.getByRole('textbox', { name: 'Description' }).first();
    await description.waitFor();
    // Meanwhile someone else saves the same record.
    const other = await apiAs(owner.email, owner.password);
    const current = await other<{ record: Record<string, unknown>; version: number }>('GET', '/api/orgs/larchfield/risks/risk-002');
    await other('PUT', '/api/orgs/larchfield/risks/risk-002', { record: { ...current.record, description: 'Changed by a colleague.' }, version: current.version });
    await description.fill('My change, made on the old version.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Someone else changed this record').waitFor();
    await screenshot(page, '21-stale-save-conflict');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reload the current version' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('textarea')].some((t) => t.value === 'Changed by a colleague.'));
    await page.context().close();
  });

  it('lets the external auditor ask for evidence, the organisation answer it and the auditor accept the answer', async () => {
    const auditor = await openPage(browser);
    await signIn(auditor.page, server.url, 'auditor@cert-body.example', password);
    await auditor.page.getByRole('heading', { name: /^Your audit/, level: 1 }).waitFor();
    await auditor.page.getByRole('button', { name: 'Ask for evidence' }).click();
    const ask = auditor.page.getByRole('dialog');
    await ask.getByLabel('What you ask for').fill('Impact assessments of the credit scoring model');
    await ask.getByRole('button', { name: 'Send the request' }).click();
    await auditor.page.locator('article[aria-label^="ER-001"]').waitFor();
    await auditor.page.waitForLoadState('networkidle');
    await screenshot(auditor.page, '22-external-auditor-audit');
    expect(await seriousViolations(auditor.page)).toEqual([]);
    expect(await auditor.page.getByRole('button', { name: 'Answer' }).count()).toBe(0);

    const { page } = await openPage(browser);
    await signIn(page, server.url, owner.email, owner.password);
    await page.goto(`${server.url}/orgs/larchfield/evidence-requests`);
    await page.locator('article[aria-label^="ER-001"]').getByRole('button', { name: 'Answer' }).click();
    const answer = page.getByRole('dialog');
    await answer.getByRole('textbox', { name: 'Answer' }).fill('The current impact assessment and its approval.');
    await answer.getByRole('combobox', { name: 'Evidence items' }).click();
    await page.getByRole('option', { name: /ev-gate-collections-impact-assessment/ }).click();
    await answer.getByRole('textbox', { name: 'Answer' }).click();
    await answer.getByRole('button', { name: 'Send the answer' }).click();
    await page.locator('article[aria-label^="ER-001"]').getByText('answered', { exact: true }).waitFor();
    await screenshot(page, '23-evidence-request-answered');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();

    await auditor.page.reload();
    await auditor.page.getByRole('button', { name: 'Accept the answer' }).click();
    await auditor.page.locator('article[aria-label^="ER-001"]').getByText('accepted', { exact: true }).waitFor();
    expect(auditor.errors).toEqual([]);
    await auditor.page.context().close();
  });
});
