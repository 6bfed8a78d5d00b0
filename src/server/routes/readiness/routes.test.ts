// Readiness over HTTP is what `aims check --format json` prints, computed again only when the organisation changed;
// the dashboard is drawn from the same result.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { assessReadiness, toCheckOutput } from '../../../checks/readiness/readiness.ts';
import { writeJson } from '../../../reports/check-json.ts';
import { loadSnapshot } from '../../../store/index.ts';
import { as, buildTestApp, signInAs, TODAY, type Session, type TestApp } from '../../test-app.test-support.ts';

describeEachDatabase('readiness and dashboard over HTTP', (getDb) => {
  let t: TestApp;
  let owner: Session;
  beforeAll(async () => {
    t = await buildTestApp(getDb());
    owner = await signInAs(t.app, 'owner@example.org');
  });
  afterAll(async () => t?.app.close());

  it('answers byte for byte what aims check --format json prints, and does not recompute an unchanged organisation', async () => {
    const before = t.app.readinessCache.computations;
    const res = await as(t.app, owner, 'GET', `/api/orgs/larchfield/readiness?asOf=${TODAY}`);
    expect(res.statusCode).toBe(200);
    const chunks: string[] = [];
    writeJson(toCheckOutput(assessReadiness(await loadSnapshot(getDb(), 'larchfield'), { now: TODAY })), (c) => chunks.push(c));
    expect(res.body).toBe(chunks.join(''));
    await as(t.app, owner, 'GET', `/api/orgs/larchfield/readiness?asOf=${TODAY}`);
    await as(t.app, owner, 'GET', `/api/orgs/larchfield/dashboard?asOf=${TODAY}`);
    expect(t.app.readinessCache.computations).toBe(before + 1);
    const site = ((await as(t.app, owner, 'GET', '/api/orgs/larchfield/sites?limit=1')).json() as { items: { record: { name: string }; version: number }[] }).items[0]!;
    await as(t.app, owner, 'PUT', `/api/orgs/larchfield/sites/${(site.record as { id?: string }).id}`, { record: { ...site.record, name: `${site.record.name} (moved)` }, version: site.version });
    await as(t.app, owner, 'GET', `/api/orgs/larchfield/readiness?asOf=${TODAY}`);
    expect(t.app.readinessCache.computations).toBe(before + 2);
    expect((await as(t.app, owner, 'GET', '/api/orgs/larchfield/readiness?asOf=2026-02-30')).statusCode).toBe(400);
  });

  it('draws the dashboard from one payload: verdict, counts, heat map, seven steps, due dates, coverage, timeline', async () => {
    const readiness = (await as(t.app, owner, 'GET', `/api/orgs/larchfield/readiness?asOf=${TODAY}`)).json() as { verdict: { verdict: string }; summary: { findings: Record<string, number> }; findings: { outcome: string; refs: string[] }[] };
    const d = (await as(t.app, owner, 'GET', `/api/orgs/larchfield/dashboard?asOf=${TODAY}`)).json() as {
      verdict: { verdict: string }; findings: Record<string, number>; readinessSteps: unknown[]; heatMap: { cells: { findings: number; clause: string; group: string }[] };
      nextDue: { date: string; overdue: boolean }[]; evidenceCoverage: { clauses: { total: number } }; timeline: unknown[];
    };
    expect(d.verdict.verdict).toBe(readiness.verdict.verdict);
    expect(d.findings).toMatchObject(readiness.summary.findings);
    expect(d.readinessSteps).toHaveLength(7);
    const findings = readiness.findings.filter((f) => f.outcome === 'finding');
    expect(d.heatMap.cells.reduce((n, c) => n + c.findings, 0)).toBeGreaterThanOrEqual(findings.length);
    const dates = d.nextDue.map((x) => x.date);
    expect(dates).toEqual([...dates].sort());
    for (const due of d.nextDue) expect(due.overdue).toBe(due.date < TODAY);
    expect(d.evidenceCoverage.clauses.total).toBeGreaterThan(0);
    expect(Array.isArray(d.timeline)).toBe(true);
  });

  it('publishes OpenAPI 3.1 with request and response schemas, and browsable docs', async () => {
    const api = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>> };
    expect(api.openapi).toBe('3.1.0');
    const risks = api.paths['/api/orgs/{org}/risks/{id}']!;
    expect(JSON.stringify(risks.put!.requestBody)).toContain('likelihood');
    for (const [path, methods] of Object.entries(api.paths)) {
      for (const [method, op] of Object.entries(methods)) expect(JSON.stringify(op.responses ?? {}), `${method} ${path}`).toContain('schema');
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });
});
