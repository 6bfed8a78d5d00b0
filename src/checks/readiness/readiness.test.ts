// Tests of the readiness engine's outputs: which runs fail at which --fail-on, and the JSON shape's order and flags.
import { describe, expect, it } from 'vitest';
import { aimsOf } from '../../../test/factories.ts';
import { defineCheck } from '../define-check.ts';
import { assessReadiness, failsAt, toCheckOutput } from './readiness.ts';
import type { CheckResult, Outcome, Severity } from '../types.ts';

const r = (severity: Severity, outcome: Outcome = 'finding'): CheckResult =>
  ({ check: 'x', severity, outcome, refs: ['4.1'], subjects: [], message: severity, fix: '' });

describe('failsAt', () => {
  it('fails at or above the threshold and never on results that need review', () => {
    expect(failsAt([r('minor')], 'major')).toBe(false);
    expect(failsAt([r('minor')], 'minor')).toBe(true);
    expect(failsAt([r('observation')], 'minor')).toBe(false);
    expect(failsAt([r('observation')], 'observation')).toBe(true);
    expect(failsAt([r('major', 'needs-review')], 'observation')).toBe(false);
    expect(failsAt([r('major', 'pass')], 'observation')).toBe(false);
  });
});

/** A check that reports what it is told, so the output's order can be checked without the real catalogue. */
function reporting(id: string, reports: { severity: Severity; outcome?: 'finding' | 'needs-review' }[], surfaces: ('stage-1' | 'stage-2')[]) {
  return defineCheck({
    id,
    meta: { title: id, severity: 'minor', surfaces, refs: ['7.2'], description: id, messages: { m: '{{id}} {{n}}' }, fix: 'fix {{id}}' },
    run({ report }) {
      reports.forEach((x, n) => report({ messageId: 'm', data: { id, n }, subjects: [], severity: x.severity, ...(x.outcome ? { outcome: x.outcome } : {}) }));
    },
  });
}

describe('toCheckOutput', () => {
  const checks = [
    reporting('a-check', [{ severity: 'observation' }, { severity: 'major', outcome: 'needs-review' }], ['stage-2']),
    reporting('b-check', [{ severity: 'minor' }, { severity: 'major' }], ['stage-2']),
    defineCheck({ id: 'c-quiet', meta: { title: 'Quiet', severity: 'minor', surfaces: ['stage-1'], refs: ['4.1'], description: 'q', messages: {}, fix: '' }, run() {} }),
  ];
  const output = toCheckOutput(assessReadiness(aimsOf(), { now: '2026-11-01', checks }));

  it('orders findings major, minor, observation, then needs review, and marks those that decided the verdict', () => {
    expect(output.findings.map((f) => `${f.outcome}:${f.severity}:${f.message}`)).toEqual([
      'finding:major:b-check 1', 'finding:minor:b-check 0', 'finding:observation:a-check 0', 'needs-review:major:a-check 1',
    ]);
    // An empty AIMS meets none of Stage 1's objectives that records show: not ready, whatever the findings say.
    expect(output.verdict.verdict).toBe('not-ready');
    expect(output.verdict.objectives.filter((o) => !o.met).map((o) => o.id)).toContain('assessments-performed');
    expect(output.findings.every((f) => Array.isArray(f.instances))).toBe(true);
  });

  it('summarises the run and lists passes, with the evidence index and the seven steps', () => {
    expect(output.summary).toMatchObject({ checks: 3, findings: { major: 1, minor: 1, observation: 1 }, needsReview: 1, passed: 1, notApplicable: 0 });
    expect(output.passes).toEqual([{ check: 'c-quiet', message: 'Quiet', subjects: 0 }]);
    expect(output.readinessSteps).toHaveLength(7);
    expect(output.evidenceIndex.keyDocuments).toHaveLength(5);
  });
});
