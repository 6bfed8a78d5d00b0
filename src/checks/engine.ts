// The engine: runs checks over a read-only AimsSnapshot as of a date and collects their results.
import { indexSnapshot, type AimsSnapshot } from '../domain/index.ts';
import { renderMessage } from './define-check.ts';
import type { Check, CheckResult, Report, Subject } from './types.ts';

export interface RunOptions {
  /** The date to judge as of (YYYY-MM-DD). */
  readonly now: string;
}

/** Runs one check; a check that throws becomes `needs-review` carrying its error, never a crash of the run. */
export function runCheck(check: Check, aims: AimsSnapshot, options: RunOptions): CheckResult[] {
  const results: CheckResult[] = [];
  const { meta } = check;
  const base = { check: check.id, severity: meta.severity, refs: meta.refs };
  let notApplicable: string | undefined;
  const passes: Subject[][] = [];
  const ctx = {
    aims,
    index: indexSnapshot(aims),
    now: options.now,
    report(r: Report) {
      const template = meta.messages[r.messageId as keyof typeof meta.messages];
      results.push({
        ...base,
        severity: r.severity ?? meta.severity,
        outcome: r.outcome ?? 'finding',
        subjects: r.subjects,
        message: template === undefined ? `unknown message id "${r.messageId}"` : renderMessage(template, r.data),
        fix: renderMessage(meta.fix, r.data),
      });
    },
    pass(subjects: readonly Subject[] = []) {
      passes.push([...subjects]);
    },
    notApplicable(reason: string) {
      notApplicable = reason;
    },
  };
  try {
    check.run(ctx);
  } catch (error) {
    return [{
      ...base,
      outcome: 'needs-review',
      subjects: [],
      message: `The check could not decide: it failed with "${error instanceof Error ? error.message : String(error)}".`,
      fix: 'Review this area by hand, and report the failure to the OpenAIMS maintainers.',
    }];
  }
  if (results.length > 0) return results;
  if (notApplicable !== undefined) {
    return [{ ...base, outcome: 'not-applicable', subjects: [], message: notApplicable, fix: '' }];
  }
  return [{ ...base, outcome: 'pass', subjects: passes.flat(), message: meta.title, fix: '' }];
}

/** Runs every check; results keep the order of `checks` (the registry is sorted by id). */
export function runChecks(checks: readonly Check[], aims: AimsSnapshot, options: RunOptions): CheckResult[] {
  return checks.flatMap((check) => runCheck(check, aims, options));
}
