// Tests of the Stage 1 verdict rule: which findings make an AIMS not ready, ready after actions, or ready.
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../define-check.ts';
import type { AuditStage, CheckResult, Outcome, Severity } from '../types.ts';
import { decideVerdict } from './verdict.ts';

const checkAt = (id: string, surfaces: AuditStage[]) =>
  defineCheck({
    id,
    meta: { title: id, severity: 'minor', surfaces, refs: ['6.1.3'], description: id, messages: { m: id }, fix: 'Fix it.' },
    run() {},
  });

const checks = [
  checkAt('stage-one-a', ['stage-1', 'stage-2']),
  checkAt('stage-one-b', ['stage-1']),
  checkAt('stage-one-c', ['stage-1']),
  checkAt('later-a', ['stage-2', 'surveillance']),
  checkAt('later-b', ['surveillance']),
  checkAt('later-c', ['stage-2']),
];

const wholeAims = [{ register: 'organisation', id: 'org-test' }] as const;
const oneRecord = [{ register: 'risks', id: 'risk-1' }] as const;

function result(check: string, severity: Severity, outcome: Outcome = 'finding', subjects: CheckResult['subjects'] = oneRecord): CheckResult {
  return { check, severity, outcome, refs: ['6.1.3'], subjects, message: `${check} ${severity}`, fix: '' };
}

const decide = (...results: CheckResult[]) => decideVerdict(results, checks);

describe('decideVerdict', () => {
  it('is ready with minor adjustments when nothing was found', () => {
    const v = decide(result('stage-one-a', 'major', 'pass'));
    expect(v).toMatchObject({ verdict: 'ready-with-minor-adjustments', decidedBy: 'No findings.', findings: [] });
  });

  it('is not ready when a major finding says an element Stage 1 examines is missing, and names it', () => {
    const blocking = result('stage-one-b', 'major', 'finding', wholeAims);
    const v = decide(result('later-a', 'minor'), blocking, result('stage-one-a', 'observation'));
    expect(v.verdict).toBe('not-ready');
    expect(v.findings).toEqual([blocking]);
    expect(v.reasons.map((r) => r.check)).toEqual(['stage-one-b']);
    expect(v.reasons[0]!.text).toContain('in an area Stage 1 examines');
  });

  it('takes a major finding about the whole AIMS outside the Stage 1 areas as one material gap', () => {
    expect(decide(result('later-a', 'major', 'finding', wholeAims)).verdict).toBe('ready-after-specific-actions');
  });

  it('is ready after specific actions with one or two material gaps, counted per check', () => {
    const v = decide(result('stage-one-a', 'major'), result('later-a', 'major'), result('later-a', 'major'), result('stage-one-b', 'minor'));
    expect(v.verdict).toBe('ready-after-specific-actions');
    expect(v.decidedBy).toBe('2 material gaps to close before Stage 2.');
    expect(v.findings).toHaveLength(3);
  });

  it('is not ready with more than two material gaps', () => {
    const v = decide(result('stage-one-a', 'major'), result('stage-one-b', 'major'), result('later-c', 'major'));
    expect(v.verdict).toBe('not-ready');
    expect(v.decidedBy).toContain('3 material gaps');
  });

  it('is ready with minor adjustments for minor findings and observations, listing them as the adjustments', () => {
    const v = decide(result('stage-one-a', 'minor'), result('stage-one-b', 'minor'), result('later-c', 'minor'), result('stage-one-c', 'observation'));
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.findings).toHaveLength(4);
    expect(v.counts).toEqual({ major: 0, minor: 3, observation: 1, needsReview: 0 });
  });

  it('never lets a result that needs review decide', () => {
    const v = decide(result('stage-one-a', 'major', 'needs-review'), result('stage-one-b', 'minor', 'needs-review'));
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.counts.needsReview).toBe(2);
  });

  it('reads a finding of an unknown check as being in a Stage 1 area, the cautious way', () => {
    expect(decide(result('plug-in', 'major', 'finding', wholeAims)).verdict).toBe('not-ready');
  });
});
