// Table-driven tests for checks, after ESLint's RuleTester: cases where a check must stay quiet and where it must report.
import { describe, expect, it } from 'vitest';
import type { AimsSnapshot } from '../domain/index.ts';
import { runCheck } from './engine.ts';
import type { Check, Outcome, Subject } from './types.ts';

const DEFAULT_NOW = '2026-11-01';

export interface ValidCase {
  readonly name: string;
  readonly aims: AimsSnapshot;
  readonly now?: string;
  /** `pass` by default; `not-applicable` where the check has nothing to examine. */
  readonly outcome?: 'pass' | 'not-applicable';
}

export interface ExpectedReport {
  /** A fragment the rendered message must contain. */
  readonly message?: string;
  readonly outcome?: Extract<Outcome, 'finding' | 'needs-review'>;
  readonly severity?: 'major' | 'minor' | 'observation';
  /** Subjects that must be named (register and id); others may be named too. */
  readonly subjects?: readonly Pick<Subject, 'register' | 'id'>[];
  /** How many instances the finding lists (0 when it lists none). */
  readonly instances?: number;
  /** A fragment the grading basis must contain (e.g. `isolated`, `raised from minor`). */
  readonly basis?: string;
  /** Fragments that some instance's message must contain, one per fragment. */
  readonly instanceMessages?: readonly string[];
}

export interface InvalidCase {
  readonly name: string;
  readonly aims: AimsSnapshot;
  readonly now?: string;
  /** One entry per expected result, in order; the check must report exactly this many. */
  readonly reports: readonly ExpectedReport[];
}

export function testCheck(check: Check, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  if (cases.valid.length === 0 || cases.invalid.length === 0) {
    throw new Error(`${check.id}: a check needs cases where it must stay quiet and cases where it must report`);
  }
  describe(check.id, () => {
    describe('stays quiet', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const results = runCheck(check, c.aims, { now: c.now ?? DEFAULT_NOW });
          const unexpected = results.filter((r) => r.outcome === 'finding' || r.outcome === 'needs-review');
          expect(unexpected.map((r) => r.message)).toEqual([]);
          expect(results.map((r) => r.outcome)).toEqual([c.outcome ?? 'pass']);
        });
      }
    });
    describe('reports', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          if (c.reports.length === 0) throw new Error('an invalid case must expect at least one report');
          const results = runCheck(check, c.aims, { now: c.now ?? DEFAULT_NOW }).filter(
            (r) => r.outcome === 'finding' || r.outcome === 'needs-review',
          );
          expect(results.map((r) => r.message), 'number of reports').toHaveLength(c.reports.length);
          c.reports.forEach((expected, i) => {
            const actual = results[i]!;
            expect(actual.outcome).toBe(expected.outcome ?? 'finding');
            if (expected.message) expect(actual.message).toContain(expected.message);
            if (expected.severity) expect(actual.severity).toBe(expected.severity);
            for (const s of expected.subjects ?? []) {
              expect(actual.subjects.map((x) => `${x.register}/${x.id}`)).toContain(`${s.register}/${s.id}`);
            }
            if (expected.instances !== undefined) expect(actual.instances?.length ?? 0, 'number of instances').toBe(expected.instances);
            if (expected.basis !== undefined) expect(actual.grading?.basis ?? '').toContain(expected.basis);
            for (const m of expected.instanceMessages ?? []) expect((actual.instances ?? []).map((i) => i.message).join('\n')).toContain(m);
            for (const i of actual.instances ?? []) expect(i.message).not.toMatch(/\{\{|unknown message id/);
            expect(actual.message).not.toMatch(/\{\{|unknown message id/);
            expect(actual.fix).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}
