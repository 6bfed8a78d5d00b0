// How far a lapse reaches, graded by the one severity rule: a requirement absent, broken down or systemic is major;
// an isolated lapse in a process that otherwise works is minor.
import type { Severity } from '../types.ts';

/**
 * Systemic when every record examined for the requirement is affected, or more than half of them; isolated
 * otherwise. The same reading the grading rule gives a check that states how many records it examined.
 */
export function extentOf(affected: number, examined: number): 'systemic' | 'isolated' {
  return affected >= examined || affected * 2 > examined ? 'systemic' : 'isolated';
}

/** `major` for a systemic lapse, `minor` for an isolated one; `raised` (e.g. an EU AI Act high-risk system) makes it major. */
export function severityOfLapse(affected: number, examined: number, raised = false): Extract<Severity, 'major' | 'minor'> {
  return raised || extentOf(affected, examined) === 'systemic' ? 'major' : 'minor';
}
