// The Standard's workflows in the browser, done by the AIMS manager as a person of the organisation: freeze the
// document versions and see the drift an approval makes; approve the SoA once every entry is justified and see
// what changed since; close a nonconformity once its action is done; accept a residual risk; make and revoke an
// API token. Each refusal shows the server's reason.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, apiAs, canRun, launchBrowser, openPage, screenshot, seriousViolations, signIn, startServer, type RunningServer } from './harness.ts';

const password = 'correct horse battery staple 42';
const owner = { email: 'owner@example.org', password };
const manager = { email: 'nadia@larchfield.example', password };
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];
type Api = Awaited<ReturnType<typeof apiAs>>;
let asOwner: Api;

interface Envelope { readonly record: Record<string, unknown>; readonly version: number }
const base = '/api/orgs/larchfield';

/** Changes a record through the API, as a colleague would while the page is open. */
async function change(path: string, edit: (r: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const current = await asOwner<Envelope>('GET', `${base}/${path}`);
  await asOwner('PUT', `${base}/${path}`, { record: edit(current.record), version: current.version });
}

/** Opens the workflow dialog by its button and confirms it with the dialog's own button. */
async function step(button: string | RegExp, confirm?: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: confirm ?? button }).click();
}

describe('workflows in the browser', () => {
  beforeAll(async () => {
    if (!canRun) throw new Error('The end-to-end tests need /usr/bin/chromium (apt-get install -y chromium) and the built web app (npm run build:web).');
    [server, browser] = await Promise.all([startServer({ owner }), launchBrowser()]);
    await addMember(server.url, owner, manager.email, { role: 'manager', personId: 'p-nadia' }, password);
    asOwner = await apiAs(server.url, owner.email, owner.password);
    ({ page, errors } = await openPage(browser));
    await signIn(page, server.url, manager.email, manager.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('freezes the document versions, and shows the drift once a new version is approved', async () => {
    await change('documents/doc-ai-policy', (d) => ({ ...d, versions: [...(d.versions as unknown[]), { version: '2.0', status: 'in-review', createdOn: '2026-01-01', content: 'The AI policy, second edition.', changeSummary: 'Adds the EU AI Act duties.' }] }));
    await page.goto(`${server.url}/orgs/larchfield/r/documents`);
    await step('Freeze the document versions');
    await page.getByText('no drift since the freeze').waitFor();
    await page.goto(`${server.url}/orgs/larchfield/r/documents/doc-ai-policy`);
    await page.getByText('at its frozen version 1.1').waitFor();
    await step('Approve 2.0');
    await page.getByText('changed since the freeze', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'in force' }).waitFor();
    await screenshot(page, '30-document-approved-after-freeze');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/orgs/larchfield/r/documents`);
    await page.getByText('1 changed since the freeze').waitFor();
  });

  it('refuses to approve the SoA while entries lack a justification, approves it once justified, then shows what changed', async () => {
    await asOwner('POST', `${base}/soa-versions`, { record: { id: 'soa-v-1.2', version: '1.2', issuedOn: '2026-12-01', changeSummary: 'Reviewed after the internal audits.' } });
    await page.goto(`${server.url}/orgs/larchfield/r/soa-entries`);
    await step('Approve version 1.2');
    const refusal = page.getByRole('dialog').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/A\.4\.4/);
    await screenshot(page, '31-soa-approval-refused');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    for (const id of ['soa-A.4.4', 'soa-A.4.5', 'soa-A.9.3']) {
      await change(`soa-entries/${id}`, (e) => ({ ...e, justification: 'Needed to run the AIMS; no risk treatment selects it.' }));
    }
    await page.reload();
    await step('Approve version 1.2');
    await page.getByRole('button', { name: 'What changed since version 1.2' }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve version 1.2' }).count()).toBe(0);
    await change('soa-entries/soa-A.4.4', (e) => ({ ...e, implementationStatus: 'partially-implemented' }));
    await page.reload();
    await page.getByRole('button', { name: 'What changed since version 1.2' }).click();
    await page.getByText('planned → partially-implemented').or(page.getByText('implemented → partially-implemented')).first().waitFor();
    await screenshot(page, '32-soa-changes-since-approval');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses to close a nonconformity with an open action, and closes it once the action is done', async () => {
    await page.goto(`${server.url}/orgs/larchfield/r/nonconformities/nc-004`);
    await step('Close');
    await page.getByRole('dialog').getByRole('alert').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await change('nonconformities/nc-004', (n) => ({ ...n, correctiveActions: (n.correctiveActions as Record<string, unknown>[]).map((a) => ({ ...a, status: 'done', completedOn: '2026-11-30' })) }));
    await page.reload();
    await step('Close');
    await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
    await page.locator('main').getByText('closed', { exact: true }).first().waitFor();
    expect(await page.locator('main').getByRole('button', { name: 'Close', exact: true }).count()).toBe(0);
  });

  it('lets the designated management accept a residual risk', async () => {
    await change('risks/risk-002', (r) => {
      const { residualAcceptedById: _by, residualAcceptedOn: _on, ...treatment } = r.treatment as Record<string, unknown>;
      return { ...r, status: 'treated', treatment: { ...treatment, residualAcceptorId: 'p-nadia' } };
    });
    await page.goto(`${server.url}/orgs/larchfield/r/risks/risk-002`);
    await page.getByText('not accepted').waitFor();
    await step('Accept the residual risk');
    await page.getByText(/^accepted \d{4}-\d{2}-\d{2}$/).waitFor();
    expect(await page.getByRole('button', { name: 'Accept the residual risk' }).count()).toBe(0);
    await screenshot(page, '33-residual-risk-accepted');
  });

  it('takes a file dropped on the evidence page into the evidence store and the register, linked to a control', async () => {
    await page.goto(`${server.url}/orgs/larchfield/r/evidence-items`);
    const zone = page.getByTestId('evidence-dropzone');
    await zone.waitFor();
    const text = 'Quarterly fairness test, Q4 2026: approval rates by age band within 2 points.';
    const dropped = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'fairness-test-q4.txt', { type: 'text/plain' }));
      return data;
    }, text);
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByText('Stored fairness-test-q4.txt', { exact: false }).waitFor();
    await screenshot(page, '35-evidence-uploaded');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Clauses and controls it evidences' }).fill('A.6.2.4');
    await page.getByRole('option', { name: /^A\.6\.2\.4 / }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Record the evidence' }).click();
    await page.waitForURL(/\/r\/evidence-items\/ev-fairness-test-q4-[0-9a-f]{6}$/);
    await page.getByRole('link', { name: /^A\.6\.2\.4 / }).waitFor();
    const download = await page.getByRole('link', { name: 'Download the file' }).getAttribute('href');
    const answer = await page.request.get(`${server.url}${download}`);
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toBe(text);
  });

  it('makes an API token shown once, lists it, and revokes it after confirmation', async () => {
    await page.goto(`${server.url}/account/tokens`);
    await page.getByLabel('Name').fill('ci-readiness');
    await page.locator('#main').getByLabel('Organisation').click();
    await page.getByRole('option', { name: 'Larchfield Consumer Finance Ltd' }).click();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Copy the token now: it is shown only once').waitFor();
    await page.getByRole('cell', { name: 'ci-readiness', exact: true }).waitFor();
    await screenshot(page, '34-api-token-created');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Revoke ci-readiness' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText(/^revoked /).waitFor();
    expect(errors).toEqual([]);
  });

  it('once certified, speaks of the next audit and the certificate, and reports an overdue surveillance apart', async () => {
    // Certified 13 months ago with no surveillance held: the 12-month deadline has passed.
    const day = (months: number) => { const d = new Date(); d.setUTCMonth(d.getUTCMonth() + months); return d.toISOString().slice(0, 10); };
    await asOwner('POST', `${base}/certificates`, { record: {
      id: 'cert-e2e', certificationBodyId: 'cb-northgate', number: 'NG-42001-0001', scope: 'The AIMS of Larchfield Consumer Finance Ltd',
      decisionOn: day(-13), expiresOn: day(23), status: 'valid',
    } });
    await page.goto(`${server.url}/orgs/larchfield`);
    await page.getByText('Verdict for the next audit', { exact: false }).first().waitFor();
    await page.getByText(/the first surveillance audit \(overdue: due by/).first().waitFor();
    await page.getByText(/^Certificate NG-42001-0001:/).waitFor();
    const risks = page.getByRole('list', { name: 'Certification arrangement risks' });
    await risks.getByText(/The first surveillance audit was due by .* and has not been held/).waitFor();
    await screenshot(page, '35-dashboard-certified');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
