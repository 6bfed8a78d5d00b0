// The workflows over HTTP as a user meets them: a document version approved and the last superseded (and an update
// that would approve or change one refused), the AI policy approved only by top management, a residual risk
// accepted by its designated management, a gate decided, a freeze baseline taken, a nonconformity refused closure.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { addMember } from '../../../services/accounts/add-member.ts';
import { hashPassword } from '../../../services/accounts/passwords.ts';
import { findUserByEmail, readAuditEntries, updatePasswordHash } from '../../../store/index.ts';
import { as, buildTestApp, clock, ORG, PASSWORD, signInAs, TODAY, type Session, type TestApp } from '../../test-app.test-support.ts';

interface Item { record: Record<string, unknown> & { id: string }; version: number; allowedActions: string[] }
const base = `/api/orgs/${ORG}`;

describeEachDatabase('workflows over HTTP', (getDb) => {
  let t: TestApp;
  let owner: Session;
  let helen: Session;
  let nadia: Session;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
    const hash = await hashPassword(PASSWORD);
    // People of the demo organisation with accounts: the CEO (top management) and the AIMS manager.
    for (const [email, role, personId] of [['helen@example.org', 'top-management', 'p-helen'], ['nadia@example.org', 'manager', 'p-nadia']] as const) {
      await addMember(getDb(), ORG, email, { role, personId }, 'system:test', clock());
      await updatePasswordHash(getDb(), (await findUserByEmail(getDb(), email))!.id, hash, clock().toISOString());
    }
    owner = await signInAs(t.app, 'owner@example.org');
    helen = await signInAs(t.app, 'helen@example.org');
    nadia = await signInAs(t.app, 'nadia@example.org');
  });
  afterAll(async () => t?.app.close());

  const read = async (session: Session, path: string): Promise<Item> => (await as(t.app, session, 'GET', `${base}/${path}`)).json() as Item;

  it('approves a document version through its step only, superseding the one in force; approved versions never change', async () => {
    const doc = await read(nadia, 'documents/doc-scope');
    expect(doc.allowedActions).toContain('approve');
    const versions = doc.record.versions as { version: string; status: string }[];
    const sneaked = await as(t.app, nadia, 'PUT', `${base}/documents/doc-scope`, { record: { ...doc.record, versions: [...versions, { version: '9.0', status: 'approved', content: 'New scope' }] }, version: doc.version });
    expect(sneaked.statusCode).toBe(400);
    expect(sneaked.json()).toMatchObject({ error: 'invalid_input', details: [{ field: `versions[${versions.length}].status` }] });
    const altered = await as(t.app, nadia, 'PUT', `${base}/documents/doc-scope`, { record: { ...doc.record, versions: versions.map((v, i) => (i === 0 ? { ...v, content: 'rewritten' } : v)) }, version: doc.version });
    expect(altered.json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'versions[0]' }] });
    const drafted = await as(t.app, nadia, 'PUT', `${base}/documents/doc-scope`, { record: { ...doc.record, versions: [...versions, { version: '9.0', status: 'draft', content: 'New scope' }] }, version: doc.version });
    expect(drafted.statusCode).toBe(200);

    const approved = await as(t.app, helen, 'POST', `${base}/documents/doc-scope/approve`, { version: doc.version + 1, documentVersion: '9.0' });
    expect(approved.statusCode).toBe(200);
    const after = (approved.json() as Item).record.versions as { version: string; status: string; approvedById?: string; approvedOn?: string }[];
    expect(after.at(-1)).toMatchObject({ version: '9.0', status: 'approved', approvedById: 'p-helen', approvedOn: TODAY });
    expect(after.filter((v) => v.status === 'approved')).toHaveLength(1);
    const trail = await readAuditEntries(getDb(), ORG);
    expect(trail.at(-1)).toMatchObject({ register: 'documents', recordId: 'doc-scope', actor: 'helen@example.org' });

    const again = await as(t.app, helen, 'POST', `${base}/documents/doc-scope/approve`, { version: doc.version + 2, documentVersion: '9.0' });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ error: 'refused', message: expect.stringContaining('approved versions never change') });
    const stale = await as(t.app, helen, 'POST', `${base}/documents/doc-scope/approve`, { version: doc.version, documentVersion: '9.0' });
    expect(stale.statusCode).toBe(409);
    const noCsrf = await t.app.inject({ method: 'POST', url: `${base}/documents/doc-scope/approve`, headers: { cookie: helen.cookie }, payload: { version: doc.version + 2, documentVersion: '9.0' } });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('lets only a person of top management approve the AI policy', async () => {
    const policy = ((await as(t.app, helen, 'GET', `${base}/ai-policies?limit=1`)).json() as { items: Item[] }).items[0]!;
    expect(policy.allowedActions).toContain('approve');
    const byManager = await as(t.app, nadia, 'POST', `${base}/ai-policies/${policy.record.id}/approve`, { version: policy.version });
    expect(byManager.statusCode).toBe(403);
    const byHelen = await as(t.app, helen, 'POST', `${base}/ai-policies/${policy.record.id}/approve`, { version: policy.version });
    expect(byHelen.statusCode, byHelen.body).toBe(200);
    expect(byHelen.json()).toMatchObject({ record: { approvedById: 'p-helen', approvedOn: TODAY }, version: policy.version + 1 });
  });

  it('accepts a residual risk by the designated management, records a gate decision, and takes a freeze baseline', async () => {
    const risk = { id: 'risk-wf-1', title: 'Drift in the scoring model', aiSystemIds: [], ownerId: 'p-nadia', likelihood: 3, consequence: 3, assessedOn: TODAY, status: 'treated',
      treatment: { option: 'modify', controlIds: ['A.6.2.6'], actions: [{ description: 'Monthly drift report', status: 'done' }], residualLikelihood: 1, residualConsequence: 2 } };
    expect((await as(t.app, owner, 'POST', `${base}/risks`, { record: risk })).statusCode).toBe(201);
    const byHelen = await as(t.app, helen, 'POST', `${base}/risks/risk-wf-1/accept-residual`, { version: 1 });
    expect(byHelen.statusCode).toBe(403);
    expect(byHelen.json()).toMatchObject({ error: 'forbidden', message: expect.stringContaining('not among the management designated') });
    const accepted = await as(t.app, nadia, 'POST', `${base}/risks/risk-wf-1/accept-residual`, { version: 1 });
    expect(accepted.json()).toMatchObject({ record: { status: 'accepted', treatment: { residualAcceptedById: 'p-nadia', residualAcceptedOn: TODAY } } });
    // Above the demo methodology's criteria only with the rationale, which the risk keeps (2026-12-02).
    const high = { ...risk, id: 'risk-wf-2', likelihood: 5, consequence: 5, treatment: { ...risk.treatment, residualLikelihood: 4, residualConsequence: 5 } };
    expect((await as(t.app, owner, 'POST', `${base}/risks`, { record: high })).statusCode).toBe(201);
    const bare = await as(t.app, nadia, 'POST', `${base}/risks/risk-wf-2/accept-residual`, { version: 1 });
    expect(bare.json()).toMatchObject({ error: 'refused', details: [{ field: 'rationale' }] });
    const reasoned = await as(t.app, nadia, 'POST', `${base}/risks/risk-wf-2/accept-residual`, { version: 1, rationale: 'Vendor fix due in Q2; every decision reviewed by a person until then.' });
    expect(reasoned.json()).toMatchObject({ record: { status: 'accepted', treatment: { residualAcceptanceRationale: 'Vendor fix due in Q2; every decision reviewed by a person until then.' } } });

    const evidence = ((await as(t.app, owner, 'GET', `${base}/evidence-items?limit=1`)).json() as { items: Item[] }).items[0]!.record.id;
    const system = { id: 'ais-wf-1', name: 'Pricing assistant', purpose: 'Suggests prices', intendedUse: 'Staff decision support', complexity: 'low', inScope: true, status: 'in-development',
      knownLimitations: [], supplierIds: [], technicalDocumentationIds: [], lifecycle: { stages: ['inception', 'impact-assessment'], currentStage: 'inception', gates: [] } };
    expect((await as(t.app, owner, 'POST', `${base}/ai-systems`, { record: system })).statusCode).toBe(201);
    const unevidenced = await as(t.app, nadia, 'POST', `${base}/ai-systems/ais-wf-1/gate-decisions`, { version: 1, stage: 'inception', decision: 'approved' });
    expect(unevidenced.json()).toMatchObject({ error: 'refused', details: [{ field: 'evidenceIds' }] });
    const gate = await as(t.app, nadia, 'POST', `${base}/ai-systems/ais-wf-1/gate-decisions`, { version: 1, stage: 'inception', decision: 'approved', evidenceIds: [evidence] });
    expect(gate.statusCode).toBe(201);
    expect(gate.json()).toMatchObject({ record: { lifecycle: { currentStage: 'impact-assessment', gates: [{ stage: 'inception', approverId: 'p-nadia' }] } } });

    const byTop = await as(t.app, helen, 'POST', `${base}/freeze-baselines/take`, { frozenOn: TODAY });
    expect(byTop.statusCode).toBe(403);
    const freeze = await as(t.app, nadia, 'POST', `${base}/freeze-baselines/take`, { frozenOn: TODAY, id: 'freeze-wf' });
    expect(freeze.statusCode).toBe(201);
    const frozen = (freeze.json() as Item).record as unknown as { documents: { documentId: string; version: string }[] };
    expect(frozen.documents).toContainEqual({ documentId: 'doc-scope', version: '9.0' });
  });

  it('refuses to close a nonconformity without a root cause, with a clear message', async () => {
    const nc = { id: 'nc-wf-1', title: 'Competence record missing', source: 'internal-audit', raisedOn: TODAY, classification: 'minor', refs: ['7.2'], correctiveActions: [], status: 'open' };
    expect((await as(t.app, owner, 'POST', `${base}/nonconformities`, { record: nc })).statusCode).toBe(201);
    const res = await as(t.app, owner, 'POST', `${base}/nonconformities/nc-wf-1/close`, { version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'refused', message: expect.stringContaining('without a root cause'), details: [{ field: 'rootCause' }] });
    const invalid = await as(t.app, owner, 'POST', `${base}/nonconformities/nc-wf-1/close`, { version: 1, closedOn: 'yesterday' });
    expect(invalid.json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'closedOn' }] });
  });

  it('describes every workflow route in OpenAPI', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>> };
    for (const path of ['documents/{id}/approve', 'soa-versions/{id}/approve', 'risks/{id}/accept-residual', 'ai-policies/{id}/approve', 'ai-systems/{id}/gate-decisions', 'freeze-baselines/take', 'nonconformities/{id}/close']) {
      const op = spec.paths[`/api/orgs/{org}/${path}`]?.post;
      expect(op, path).toBeDefined();
      expect(op!.requestBody, path).toBeDefined();
      expect(Object.keys(op!.responses), path).toContain('422');
    }
  });
});
