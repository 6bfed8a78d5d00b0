// planCycle pinned to dates: a Stage 2 that leads to a decision on 2026-03-10 gives the cycle of the firm rules.
import { describe, expect, it } from 'vitest';
import { defaultCycleTimings } from './cycle-rules.ts';
import { AppError } from '../index.ts';
import { planCycle } from './plan-cycle.ts';

const at = (plan: ReturnType<typeof planCycle>, kind: string) => plan.events.find((e) => e.kind === kind)!;

describe('planCycle', () => {
  const plan = planCycle({ stage2: '2026-01-26' });

  it('counts back to Stage 1, the application and readiness work with the documented midpoints', () => {
    expect(at(plan, 'stage-1').start).toBe('2025-12-01'); // 8 weeks before Stage 2
    expect(at(plan, 'application').start).toBe('2025-10-20'); // 6 weeks before Stage 1
    expect(at(plan, 'readiness')).toMatchObject({ start: '2025-09-22', end: '2025-11-30' }); // the 10 weeks before Stage 1
  });

  it('a decision on 2026-03-10 gives expiry 2029-03-09 and the first surveillance due by 2027-03-10', () => {
    expect(at(plan, 'certification-decision').start).toBe('2026-03-10'); // 6 weeks after Stage 2's last day
    expect(at(plan, 'expiry').start).toBe('2029-03-09');
    expect(at(plan, 'surveillance-1')).toMatchObject({ dueBy: '2027-03-10', start: '2027-02-10' });
    expect(at(plan, 'surveillance-2')).toMatchObject({ dueBy: '2028-12-31', start: '2028-02-10' });
  });

  it('schedules recertification 3 months before expiry, decided before it', () => {
    const re = at(plan, 'recertification');
    expect(re.start).toBe('2028-12-11'); // 2028-12-09 is a Saturday
    expect(re.window).toEqual({ from: '2028-11-09', to: '2029-01-09' });
    expect(at(plan, 'recertification-decision').start < '2029-03-09').toBe(true);
    expect(at(plan, 'major-limit').start).toBe('2026-07-27');
  });

  it('sizes audits from the audit-day estimate and keeps them on working days', () => {
    const big = planCycle({ stage2: '2027-03-01', personnel: 300, sites: 9 });
    expect(at(big, 'stage-2')).toMatchObject({ start: '2027-03-01', end: '2027-03-08', auditDays: 10.5 });
    expect(at(big, 'surveillance-1').auditDays).toBe(5);
    expect(at(big, 'recertification').auditDays).toBe(10);
    expect(big.sites).toMatchObject({ initial: 3, surveillance: 2, recertification: 3 });
    for (const e of big.events.filter((x) => x.auditDays !== undefined)) expect([0, 6]).not.toContain(new Date(`${e.start}T00:00:00Z`).getUTCDay());
  });

  it('never moves an audit off a weekend past its due date, whatever the margin', () => {
    const noMargin = planCycle({ stage2: '2026-01-08', timings: { ...defaultCycleTimings, surveillanceMarginMonths: 0 } });
    // Due by Saturday 2027-02-20: held on the Friday before, not the Monday after.
    expect(at(noMargin, 'surveillance-1')).toMatchObject({ dueBy: '2027-02-20', start: '2027-02-19' });
  });

  it('rejects a Stage 2 date that is not a date', () => {
    expect(() => planCycle({ stage2: '2026-02-30' })).toThrow(AppError);
  });
});
