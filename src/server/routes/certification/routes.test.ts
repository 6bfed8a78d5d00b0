// The certification records, plan, audit days and catalogue over HTTP: the same records the CLI prints, built once
// per version of the organisation, the plan as a calendar, and bad inputs named.
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { answerAuditDayRequest, certificationRecords, cycleFromRecords } from '../../../domain/certification/index.ts';
import { loadSnapshot } from '../../../store/index.ts';
import { as, buildTestApp, signInAs, TODAY, type Session, type TestApp } from '../../test-app.test-support.ts';

const org = '/api/orgs/larchfield';

describeEachDatabase('certification over HTTP', (getDb) => {
  let t: TestApp;
  let owner: Session;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
    owner = await signInAs(t.app, 'owner@example.org');
  });
  afterAll(async () => t?.app.close());

  it('answers the certification records aims certification prints, loading the organisation once per version', async () => {
    const res = await as(t.app, owner, 'GET', `${org}/certification?asOf=${TODAY}`);
    expect(res.statusCode).toBe(200);
    const want = JSON.parse(JSON.stringify(certificationRecords(await loadSnapshot(getDb(), 'larchfield'), { now: TODAY })));
    expect(res.json()).toEqual(want);
    const body = res.json() as { readiness: { interviewPacks: unknown[]; freeze: unknown }; findings: unknown[]; coverage: unknown; nextAudit: unknown };
    expect(body.readiness).toHaveProperty('freeze');
    const loads = t.app.readinessCache.snapshotLoads;
    await as(t.app, owner, 'GET', `${org}/certification?asOf=${TODAY}`);
    await as(t.app, owner, 'GET', `${org}/certification/plan?asOf=${TODAY}`);
    await as(t.app, owner, 'GET', `${org}/audit-days`);
    expect(t.app.readinessCache.snapshotLoads).toBe(loads);
    await as(t.app, owner, 'POST', `${org}/sites`, { record: { id: 'site-new', name: 'New office', central: false } });
    const after = (await as(t.app, owner, 'GET', `${org}/audit-days`)).json() as { sites: unknown };
    expect(t.app.readinessCache.snapshotLoads).toBe(loads + 1);
    expect(after.sites).toBeDefined();
    expect((await as(t.app, owner, 'GET', `${org}/certification?asOf=2026-02-30`)).json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'asOf' }] });
    const auditor = await signInAs(t.app, 'cb@example.org');
    expect((await as(t.app, auditor, 'GET', `${org}/certification`)).statusCode).toBe(403);
  });

  it('plans the cycle as JSON and as an iCalendar file, and estimates audit days for given inputs', async () => {
    const aims = await loadSnapshot(getDb(), 'larchfield');
    const plan = (await as(t.app, owner, 'GET', `${org}/certification/plan?asOf=${TODAY}`)).json() as { events: { id: string; start: string }[] };
    const want = cycleFromRecords(aims, { now: TODAY });
    expect(plan).toEqual(JSON.parse(JSON.stringify(want)));
    for (const url of [`${org}/certification/plan?asOf=${TODAY}&format=ics`, `${org}/certification/plan?asOf=${TODAY}`]) {
      const headers: Record<string, string> = { cookie: owner.cookie, ...(url.includes('ics') ? {} : { accept: 'text/calendar' }) };
      const ics = await t.app.inject({ method: 'GET', url, headers });
      expect(ics.headers['content-type']).toContain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.startDate.toString())).toEqual(plan.events.map((e) => e.start));
    }
    const days = (await as(t.app, owner, 'GET', `${org}/audit-days?personnel=300&sites=16`)).json();
    expect(days).toEqual(JSON.parse(JSON.stringify(answerAuditDayRequest(aims, { personnel: 300, sites: 16 }))));
    expect(days).toMatchObject({ personnel: 300, sites: { initial: 4, surveillance: 3, recertification: 4 } });
    expect((await as(t.app, owner, 'GET', `${org}/audit-days?personnel=many`)).json()).toMatchObject({ error: 'invalid_input', details: [{ field: 'personnel' }] });
    const scoped = await as(t.app, owner, 'GET', `${org}/certification/audits/xa-stage-2/evidence?asOf=${TODAY}`);
    expect(scoped.json()).toMatchObject({ auditId: 'xa-stage-2' });
    expect((await as(t.app, owner, 'GET', `${org}/certification/audits/xa-none/evidence`)).statusCode).toBe(404);
  });

  it('issue 9 (2026-12-02): estimates audit days as aims audit-days does, with the adjustments for the AI in scope and the stated what-ifs', async () => {
    const aims = await loadSnapshot(getDb(), 'larchfield');
    const own = (await as(t.app, owner, 'GET', `${org}/audit-days`)).json() as { adjustments: { id: string; source: string }[]; inputs: unknown };
    // The organisation's own estimate is the one the certification records show, adjustments and all.
    expect(own).toMatchObject({ ...JSON.parse(JSON.stringify(certificationRecords(aims, { now: TODAY }).auditDays)) });
    expect(own.adjustments.length).toBeGreaterThan(0);
    expect(own.adjustments.every((a) => a.source !== '')).toBe(true);
    const integrated = (await as(t.app, owner, 'GET', `${org}/audit-days?integratedWith=ISO/IEC 27001&integration=full`)).json() as { adjustments: { id: string }[] };
    expect(integrated.adjustments.map((a) => a.id)).toContain('integrated-audit');
    expect(integrated).toEqual(JSON.parse(JSON.stringify(answerAuditDayRequest(aims, { integratedWith: ['ISO/IEC 27001'], integration: 'full' }))));
    const bad = [
      [`${org}/audit-days?integration=full`, 'integration'],
      [`${org}/audit-days?sites=2&distinctSites=3`, 'distinctSites'],
      [`${org}/audit-days?aiRoles=provider,astrologer`, 'aiRoles'],
      [`${org}/audit-days?personnel=0`, 'personnel'],
    ] as const;
    for (const [url, field] of bad) {
      const res = await as(t.app, owner, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ error: 'invalid_input', details: [{ field }] });
    }
  });

  it('serves the catalogue to any signed-in caller', async () => {
    const cat = (await as(t.app, owner, 'GET', '/api/catalogue')).json() as { clauses: { id: string }[]; controls: { id: string }[] };
    expect(cat.clauses.map((c) => c.id)).toContain('6.1.2');
    expect(cat.controls.map((c) => c.id)).toContain('A.2.2');
    expect((await t.app.inject({ method: 'GET', url: '/api/catalogue' })).statusCode).toBe(401);
  });
});
