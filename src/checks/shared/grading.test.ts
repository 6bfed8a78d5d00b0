// Tests of the one grading rule: extent decides major or minor, the share of records examined tells isolated from
// systemic, the risk class raises a minor, and three minors against one requirement add up to a major.
import { describe, expect, it } from 'vitest';
import { aimsOf } from '../../../test/factories.ts';
import { defineCheck } from '../define-check.ts';
import { runCheck, runChecks } from '../engine.ts';
import { addUpMinors, gradeNonconformity, MINORS_THAT_ADD_UP } from './grading.ts';
import type { GradeInputs } from '../types.ts';

const NOW = '2026-12-02';

describe('gradeNonconformity', () => {
  it('grades an absent, broken-down or systemic requirement major, an isolated lapse minor, a potential issue an observation', () => {
    const grade = (extent: GradeInputs['extent']) => gradeNonconformity({ extent }, 1, '6.1.3').severity;
    expect([grade('absent'), grade('broken-down'), grade('systemic'), grade('isolated'), grade('potential')]).toEqual(['major', 'major', 'major', 'minor', 'observation']);
  });

  it('reads the extent from the share examined: more than half is systemic, exactly half is isolated', () => {
    expect(gradeNonconformity({ examined: 10 }, 6, '8.4')).toMatchObject({ severity: 'major', grading: { extent: 'systemic', basis: 'major: systemic (the lapse runs through the process), 6 of 10 examined' } });
    expect(gradeNonconformity({ examined: 10 }, 5, '8.4')).toMatchObject({ severity: 'minor', grading: { extent: 'isolated' } });
    expect(gradeNonconformity({ examined: 3 }, 3, '8.4').severity).toBe('major');
    expect(gradeNonconformity({}, 4, '8.4').severity).toBe('minor');
    // Fewer than three examined tell no pattern: the only record affected is an isolated lapse.
    expect(gradeNonconformity({ examined: 1 }, 1, '10.2').severity).toBe('minor');
    expect(gradeNonconformity({ examined: 2 }, 2, '10.2').severity).toBe('minor');
  });

  it('raises a minor to major for a high-risk system, never an observation', () => {
    expect(gradeNonconformity({ examined: 10, highRisk: 'AI system "x" is high-risk under the EU AI Act' }, 1, '8.4')).toMatchObject({
      severity: 'major', grading: { raisedBy: 'AI system "x" is high-risk under the EU AI Act' },
    });
    expect(gradeNonconformity({ extent: 'potential', highRisk: 'high-risk' }, 1, '8.4').severity).toBe('observation');
  });
});

/** A check that reports one isolated minor against `requirement` per message. */
const minorsAgainst = (id: string, requirement: string, count: number) =>
  defineCheck({
    id,
    meta: { title: id, severity: 'minor', surfaces: ['stage-2'], refs: [requirement], description: id, messages: { a: 'a {{n}}', b: 'b' }, fix: 'fix' },
    run({ report }) {
      for (let n = 0; n < count; n++) report({ messageId: 'a', data: { n }, subjects: [], grade: { extent: 'isolated' } });
    },
  });

describe('adding up minors', () => {
  it(`${NOW}: ${MINORS_THAT_ADD_UP} minors against one requirement, from two checks, add up to a major; two do not`, () => {
    const results = runChecks([minorsAgainst('one', '9.3', 2), minorsAgainst('two', '9.3', 1), minorsAgainst('three', '9.1', 2)], aimsOf(), { now: NOW });
    expect(results.map((r) => `${r.check}:${r.severity}`)).toEqual(['one:major', 'one:major', 'two:major', 'three:minor', 'three:minor']);
    expect(results[0]!.grading?.basis).toBe('major: 3 minor findings against 9.3 (one, two) add up to a major; this one alone: minor: isolated (a lapse in a process that otherwise works)');
  });

  it(`${NOW}: adds up within one check too, and leaves findings with an explicit severity alone`, () => {
    expect(runCheck(minorsAgainst('one', '5.2', 3), aimsOf(), { now: NOW }).map((r) => r.severity)).toEqual(['major', 'major', 'major']);
    const explicit = defineCheck({
      id: 'explicit', meta: { title: 'x', severity: 'minor', surfaces: ['stage-2'], refs: ['5.2'], description: 'x', messages: { a: 'a' }, fix: '' },
      run({ report }) { for (let n = 0; n < 3; n++) report({ messageId: 'a', subjects: [], severity: 'minor' }); },
    });
    expect(addUpMinors(runCheck(explicit, aimsOf(), { now: NOW })).map((r) => r.severity)).toEqual(['minor', 'minor', 'minor']);
  });

  it(`${NOW}: one finding lists its instances and takes their subjects; the legacy report keeps its default severity`, () => {
    const check = defineCheck({
      id: 'listing', meta: { title: 'x', severity: 'major', surfaces: ['stage-2'], refs: ['6.1.3'], description: 'x', messages: { sum: '{{count}} wrong', one: '{{id}} wrong' }, fix: '' },
      run({ report }) {
        report({ messageId: 'sum', data: { count: 2 }, subjects: [], instances: ['r1', 'r2'].map((id) => ({ messageId: 'one', data: { id }, subjects: [{ register: 'risks', id }] })), grade: { examined: 40 } });
        report({ messageId: 'sum', data: { count: 0 }, subjects: [] });
      },
    });
    const [listed, legacy] = runCheck(check, aimsOf(), { now: NOW });
    expect(listed).toMatchObject({ severity: 'minor', message: '2 wrong', instances: [{ message: 'r1 wrong' }, { message: 'r2 wrong' }] });
    expect(listed!.subjects.map((s) => s.id)).toEqual(['r1', 'r2']);
    expect(legacy).toMatchObject({ severity: 'major' });
    expect(legacy!.grading).toBeUndefined();
  });
});

describe('one absence two checks find', () => {
  const absentAgainst = (id: string, refs: string[], requirement: string) => defineCheck({
    id, meta: { title: id, severity: 'minor', surfaces: ['stage-1'], refs, description: id, messages: { a: `${id} absent` }, fix: '' },
    run({ report }) { report({ messageId: 'a', subjects: [], grade: { extent: 'absent', requirement } }); },
  });

  it(`${NOW}: a cross-cutting check's absence is folded into the owning check's: one finding, the other left not applicable`, () => {
    // evidence-gap reads documented information for every clause (its refs 7.5, 6.1.3); the audit check owns 9.2.
    const results = runChecks([absentAgainst('documents-view', ['7.5', '6.1.3'], '9.2.2'), absentAgainst('audit-owner', ['9.2', '9.2.2'], '9.2')], aimsOf(), { now: NOW });
    expect(results.map((r) => `${r.check}:${r.outcome}`)).toEqual(['documents-view:not-applicable', 'audit-owner:finding']);
    expect(results[0]!.message).toBe('The absence it found (9.2.2) is the nonconformity audit-owner reports: one finding, not two.');
  });

  it(`${NOW}: an absence of another requirement, or one the check owns itself, stays a finding of its own`, () => {
    const elsewhere = runChecks([absentAgainst('documents-view', ['7.5'], '8.2'), absentAgainst('audit-owner', ['9.2'], '9.2')], aimsOf(), { now: NOW });
    expect(elsewhere.map((r) => r.outcome)).toEqual(['finding', 'finding']);
    const both = runChecks([absentAgainst('policy-a', ['5.2'], '5.2'), absentAgainst('policy-b', ['5.2'], '5.2')], aimsOf(), { now: NOW });
    expect(both.map((r) => r.outcome)).toEqual(['finding', 'finding']);
  });
});
