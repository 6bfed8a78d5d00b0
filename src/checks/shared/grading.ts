// The grading rule every check's findings follow (docs/check-output.md "How findings are graded"): how far a
// requirement is unmet decides major or minor, the AI system's risk class raises the grade, and several minors
// against one requirement add up to a major. Checks report the rule's inputs; only this file turns them into a
// severity, so that every check grades alike.
import { ancestorsOf } from '../../domain/predicates/audit-coverage.ts';
import { plural } from '../../domain/wording.ts';
import type { CheckResult, Extent, GradeInputs, Grading, Severity } from '../types.ts';

/** This many distinct minor findings against one requirement show it is not working: each becomes a major. */
export const MINORS_THAT_ADD_UP = 3;

const baseSeverity: Record<Extent, Severity> = {
  absent: 'major',
  'broken-down': 'major',
  systemic: 'major',
  isolated: 'minor',
  potential: 'observation',
};

const extentWords: Record<Extent, string> = {
  absent: 'absent (the requirement is not addressed at all)',
  'broken-down': 'broken down (the process is in place but does not work)',
  systemic: 'systemic (the lapse runs through the process)',
  isolated: 'isolated (a lapse in a process that otherwise works)',
  potential: 'potential (nothing is unmet yet)',
};

/** Below this many records examined, a share tells nothing: the lapse is isolated unless the check knows more. */
export const SAMPLE_FOR_SHARE = 3;

/**
 * The extent the check gave, else read from the share of examined records affected: more than half of at least
 * `SAMPLE_FOR_SHARE` is systemic. One late action on the only nonconformity is a lapse, not a breakdown; a check
 * that knows a process does not run at all says `absent` or `broken-down` itself.
 */
export function extentOf(inputs: GradeInputs, affected: number): Extent {
  if (inputs.extent !== undefined) return inputs.extent;
  const { examined } = inputs;
  if (examined !== undefined && examined >= SAMPLE_FOR_SHARE && affected * 2 > examined) return 'systemic';
  return 'isolated';
}

/** Grades one nonconformity from the rule's inputs and its number of instances. */
export function gradeNonconformity(inputs: GradeInputs, affected: number, requirement: string): { severity: Severity; grading: Grading } {
  const extent = extentOf(inputs, affected);
  const share = inputs.examined !== undefined ? `, ${affected} of ${inputs.examined} examined` : affected > 1 ? `, ${affected} instances` : '';
  const base = baseSeverity[extent];
  const common = { extent, affected, requirement, ...(inputs.examined !== undefined ? { examined: inputs.examined } : {}) };
  // Only a nonconformity is raised: an observation records that nothing is unmet yet, whatever the system's class.
  if (base === 'minor' && inputs.highRisk !== undefined) {
    return {
      severity: 'major',
      grading: { ...common, raisedBy: inputs.highRisk, basis: `major: ${extentWords[extent]}${share}, raised from minor because ${inputs.highRisk}` },
    };
  }
  return { severity: base, grading: { ...common, basis: `${base}: ${extentWords[extent]}${share}` } };
}

/**
 * Several minors against one requirement add up to a major: where `MINORS_THAT_ADD_UP` or more findings graded
 * minor by the rule are against the same requirement, each becomes major, its basis naming the others. Findings
 * whose severity a check set itself (certification arrangements) take no part.
 */
export function addUpMinors(results: readonly CheckResult[]): CheckResult[] {
  const minors = new Map<string, CheckResult[]>();
  for (const r of results) {
    if (r.outcome !== 'finding' || r.severity !== 'minor' || r.grading === undefined) continue;
    const list = minors.get(r.grading.requirement);
    if (list) list.push(r);
    else minors.set(r.grading.requirement, [r]);
  }
  const raised = new Map<CheckResult, CheckResult>();
  for (const [requirement, list] of minors) {
    if (list.length < MINORS_THAT_ADD_UP) continue;
    const checks = [...new Set(list.map((r) => r.check))].join(', ');
    const why = `${plural(list.length, 'minor finding')} against ${requirement} (${checks}) add up to a major`;
    for (const r of list) {
      raised.set(r, { ...r, severity: 'major', grading: { ...r.grading!, raisedBy: why, basis: `major: ${why}; this one alone: ${r.grading!.basis}` } });
    }
  }
  return results.map((r) => raised.get(r) ?? r);
}

/** Whether a check's refs name the requirement or a clause above it. */
const covers = (refs: readonly string[], requirement: string) => refs.includes(requirement) || ancestorsOf(requirement).some((a) => refs.includes(a));

/**
 * One nonconformity is one finding across checks too: a requirement found *absent* by a cross-cutting check (one whose
 * own refs do not name the requirement, as evidence-gap reads documented information for every clause) is the same
 * nonconformity as the absence the check owning the requirement reports (no internal audit at all: one finding, not
 * one from internal-audit-cycle-incomplete and another from evidence-gap). The cross-cutting finding is folded into
 * the owner's: dropped, or where it was its check's only result, left as not applicable, naming where it is reported.
 */
export function foldRepeatedAbsences(results: readonly CheckResult[]): CheckResult[] {
  const owners = results.filter((k) => k.outcome === 'finding' && k.severity === 'major' && k.grading?.extent === 'absent');
  if (owners.length < 2) return [...results];
  const folded = new Map<CheckResult, CheckResult>();
  for (const f of results) {
    if (f.outcome !== 'finding' || f.grading?.extent !== 'absent' || covers(f.refs, f.grading.requirement)) continue;
    const owner = owners.find((k) => k.check !== f.check && covers(k.refs, f.grading!.requirement));
    if (owner) folded.set(f, owner);
  }
  if (folded.size === 0) return [...results];
  const remaining = new Map<string, number>();
  for (const r of results) if (!folded.has(r)) remaining.set(r.check, (remaining.get(r.check) ?? 0) + 1);
  const out: CheckResult[] = [];
  for (const r of results) {
    const owner = folded.get(r);
    if (!owner) out.push(r);
    else if (!remaining.has(r.check)) {
      remaining.set(r.check, 1);
      out.push({
        check: r.check, outcome: 'not-applicable', severity: r.severity, refs: r.refs, subjects: [], fix: '',
        message: `The absence it found (${r.grading!.requirement}) is the nonconformity ${owner.check} reports: one finding, not two.`,
      });
    }
  }
  return out;
}
