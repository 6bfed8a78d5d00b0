// The engine: runs checks over a read-only AimsSnapshot as of a date and collects their results, grading each
// finding by the one rule of shared/grading.ts where the check reports the rule's inputs.
import { indexSnapshot, type AimsSnapshot } from '../domain/index.ts';
import { renderMessage } from './define-check.ts';
import { addUpMinors, foldRepeatedAbsences, gradeNonconformity } from './shared/grading.ts';
import type { Check, CheckResult, Report, ResultInstance, Subject } from './types.ts';

export interface RunOptions {
  /** The date to judge as of (YYYY-MM-DD). */
  readonly now: string;
}

/** The report's subjects, then each instance's, each once. */
function unionOfSubjects(lists: readonly (readonly Subject[])[]): Subject[] {
  const seen = new Set<string>();
  const out: Subject[] = [];
  for (const s of lists.flat()) {
    const key = `${s.register}/${s.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/** Runs one check without adding up minors across its findings. */
function runOne(check: Check, aims: AimsSnapshot, options: RunOptions): CheckResult[] {
  const results: CheckResult[] = [];
  const { meta } = check;
  const base = { check: check.id, severity: meta.severity, refs: meta.refs };
  const render = (messageId: string | undefined, data: Report['data']) => {
    const template = messageId === undefined ? undefined : meta.messages[messageId as keyof typeof meta.messages];
    return template === undefined ? `unknown message id "${messageId}"` : renderMessage(template, data);
  };
  let notApplicable: string | undefined;
  const passes: Subject[][] = [];
  const ctx = {
    aims,
    index: indexSnapshot(aims),
    now: options.now,
    report(r: Report) {
      const instances: ResultInstance[] | undefined = r.instances?.map((i) => ({
        subjects: i.subjects,
        message: i.text ?? render(i.messageId, i.data),
      }));
      const graded = r.severity === undefined && r.grade !== undefined
        ? gradeNonconformity(r.grade, r.grade.affected ?? Math.max(1, instances?.length ?? 0), r.grade.requirement ?? meta.refs[0] ?? check.id)
        : undefined;
      results.push({
        ...base,
        severity: r.severity ?? graded?.severity ?? meta.severity,
        outcome: r.outcome ?? 'finding',
        subjects: unionOfSubjects([r.subjects, ...(instances ?? []).map((i) => i.subjects)]),
        message: render(r.messageId, r.data),
        fix: renderMessage(meta.fix, r.data),
        ...(instances && instances.length > 0 ? { instances } : {}),
        ...(graded ? { grading: graded.grading } : {}),
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

/** Runs one check; a check that throws becomes `needs-review` carrying its error, never a crash of the run. */
export function runCheck(check: Check, aims: AimsSnapshot, options: RunOptions): CheckResult[] {
  return addUpMinors(runOne(check, aims, options));
}

/**
 * Runs every check; results keep the order of `checks` (the registry is sorted by id). Minors add up across
 * checks: findings of different checks against one requirement are one requirement not working; and one absence
 * two checks find is one finding.
 */
export function runChecks(checks: readonly Check[], aims: AimsSnapshot, options: RunOptions): CheckResult[] {
  return addUpMinors(foldRepeatedAbsences(checks.flatMap((check) => runOne(check, aims, options))));
}
