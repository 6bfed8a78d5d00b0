// Evidence requests as a user meets them: the external auditor asks (for their audit only), the organisation answers
// with evidence, the list shows what is outstanding, a stale change is refused, and the trail verifies.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { verifyAuditTrail } from '../../../store/index.ts';
import { as, buildTestApp, signInAs, TODAY, type Session, type TestApp } from '../../test-app.test-support.ts';

interface Item { request: { id: string; status: string; auditId: string; overdue: boolean; answeredBy: string | null; evidenceIds: string[] }; version: number; allowedActions: string[] }
const base = '/api/orgs/larchfield/evidence-requests';

describeEachDatabase('evidence requests over HTTP', (getDb) => {
  let t: TestApp;
  let owner: Session;
  let auditor: Session;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
    owner = await signInAs(t.app, 'owner@example.org');
    auditor = await signInAs(t.app, 'cb@example.org');
  });
  afterAll(async () => t?.app.close());

  it('lets the external auditor ask for their audit only, and the organisation answer with evidence', async () => {
    const asked = await as(t.app, auditor, 'POST', base, { auditId: 'xa-stage-2', title: 'Risk assessment of the triage model', refs: ['6.1.2', 'A.5.2'], dueOn: '2026-11-20' });
    expect(asked.statusCode).toBe(201);
    const made = asked.json() as Item;
    expect(made).toMatchObject({ request: { id: 'ER-001', status: 'open', auditId: 'xa-stage-2', overdue: true }, version: 1, allowedActions: ['read', 'update'] });
    expect((await as(t.app, auditor, 'POST', base, { auditId: 'xa-stage-1', title: 'Not theirs' })).statusCode).toBe(403);
    expect((await as(t.app, auditor, 'POST', base, { auditId: 'xa-stage-2', title: 'Bad refs', refs: ['A.99'] })).json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'refs[0]' }] });
    const other = (await as(t.app, owner, 'POST', base, { auditId: 'xa-stage-1', title: 'Stage 1 documents' })).json() as Item;

    const seen = (await as(t.app, auditor, 'GET', base)).json() as { items: Item[]; outstanding: number; overdue: number; allowedActions: string[] };
    expect(seen.items.map((i) => i.request.id)).toEqual(['ER-001']);
    expect(seen).toMatchObject({ outstanding: 1, overdue: 1, allowedActions: ['create'] });
    expect((await as(t.app, auditor, 'GET', `${base}/${other.request.id}`)).statusCode).toBe(403);
    expect((await as(t.app, auditor, 'POST', `${base}/ER-001/answer`, { answer: 'Here', version: 1 })).statusCode).toBe(403);

    const evidence = ((await as(t.app, owner, 'GET', '/api/orgs/larchfield/evidence-items?limit=1')).json() as { items: { record: { id: string } }[] }).items[0]!.record.id;
    const dangling = await as(t.app, owner, 'POST', `${base}/ER-001/answer`, { answer: 'Attached', evidenceIds: [evidence, 'ev-nothing'], version: 1 });
    expect(dangling.json()).toMatchObject({ error: 'broken_reference', details: [{ field: 'evidenceIds[1]' }] });
    const answered = await as(t.app, owner, 'POST', `${base}/ER-001/answer`, { answer: 'The assessment and its treatment plan', evidenceIds: [evidence], version: 1 });
    expect(answered.json()).toMatchObject({ request: { status: 'answered', answeredBy: 'owner@example.org', evidenceIds: [evidence], overdue: false }, version: 2 });

    const outstanding = (await as(t.app, owner, 'GET', `${base}?outstanding=true`)).json() as { items: Item[]; total: number };
    expect(outstanding.items.map((i) => i.request.id)).toEqual([other.request.id]);

    const ask = { title: 'Risk assessment of the triage model', detail: '', refs: ['6.1.2', 'A.5.2'], dueOn: '2026-11-20' };
    const stale = await as(t.app, auditor, 'PUT', `${base}/ER-001`, { request: { ...ask, status: 'accepted' }, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'version_conflict', current: { version: 2, request: { status: 'answered' } } });
    const accepted = await as(t.app, auditor, 'PUT', `${base}/ER-001`, { request: { ...ask, status: 'accepted' }, version: 2 });
    expect(accepted.json()).toMatchObject({ request: { status: 'accepted' }, version: 3 });
    expect((await as(t.app, owner, 'PUT', `${base}/${other.request.id}`, { request: { title: 'x', detail: '', refs: [], dueOn: null, status: 'accepted' }, version: 1 })).json())
      .toMatchObject({ error: 'invalid_input', details: [{ field: 'status' }] });
    expect((await as(t.app, owner, 'GET', `${base}/ER-404`)).statusCode).toBe(404);
    // The audit stays while its requests name it.
    expect((await as(t.app, owner, 'DELETE', '/api/orgs/larchfield/external-audits/xa-stage-2')).json())
      .toMatchObject({ error: 'still_referenced', details: [{ register: 'evidenceRequests', recordId: 'ER-001', field: 'auditId' }] });
    // Every change went through the trail, and the rows are what it recorded (row by row, as verify-log proves them).
    const trail = await verifyAuditTrail(getDb(), { organisationId: 'larchfield' });
    expect(trail.organisations[0]!.broken).toBeUndefined();
    expect(trail.organisations[0]!.rows!.discrepancies.filter((d) => d.register === 'evidenceRequests')).toEqual([]);
    // A row changed past the application is found.
    await getDb().kysely.updateTable('evidence_requests').set({ data: '{"forged":true}' }).where('id', '=', other.request.id).execute();
    const forged = await verifyAuditTrail(getDb(), { organisationId: 'larchfield' });
    expect(forged.organisations[0]!.rows!.discrepancies.filter((d) => d.register === 'evidenceRequests')).toMatchObject([{ recordId: other.request.id, problem: 'changed' }]);
    // ER-001 was due before today and is accepted now: no longer outstanding, so not overdue.
    expect(((await as(t.app, owner, 'GET', `${base}/ER-001`)).json() as Item).request.overdue).toBe(false);
    expect(TODAY > '2026-11-20').toBe(true);
  });
});
