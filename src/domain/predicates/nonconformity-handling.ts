// Whether a nonconformity's handling went past correction (10.2): a root cause, and action aimed at recurrence.
import type { CorrectiveAction, Nonconformity } from '../model/index.ts';
import { isBlank, meaningful, shareOfWordsIn } from './free-text.ts';

/**
 * A nonconformity whose handling is finished as far as the register shows: closed, or still open with at least
 * one corrective action and every one of them done. (An open one with no action yet is work in progress.)
 */
export function isHandlingFinished(nc: Nonconformity): boolean {
  if (nc.status === 'closed') return true;
  return nc.correctiveActions.length > 0 && nc.correctiveActions.every((a) => a.status === 'done');
}

/**
 * Root causes that name a person's slip rather than why the system let it happen. Auditors do not accept them
 * on their own, but only a reader can tell whether the analysis went further, so they call for review.
 */
const shallowRootCause = /^(human error|user error|operator error|mistake|oversight|error|one[- ]off|isolated (incident|case)|lack of attention|carelessness|forgot(ten)?|staff error)$/i;

export function isShallowRootCause(text: string): boolean {
  return shallowRootCause.test(text.trim().replace(/[.!]+$/, ''));
}

/** At or above this share of its words an action restates the correction (a finding); between the two it may (a review). */
export const RESTATES = 0.8;
export const RESEMBLES = 0.5;

export type CorrectionOnlyGap =
  | { readonly kind: 'correction-only' }
  | { readonly kind: 'no-root-cause' }
  | { readonly kind: 'no-corrective-action' }
  | { readonly kind: 'repeats-correction'; readonly actions: readonly CorrectiveAction[] }
  | { readonly kind: 'shallow-root-cause'; readonly rootCause: string }
  | { readonly kind: 'resembles-correction'; readonly actions: readonly CorrectiveAction[] };

/** Gaps that decide on their own (findings) come before those a reader has to confirm (reviews). */
export function isDecided(gap: CorrectionOnlyGap): boolean {
  return gap.kind !== 'shallow-root-cause' && gap.kind !== 'resembles-correction';
}

/**
 * The gap that makes a finished nonconformity a correction logged as a corrective action, or undefined when its
 * handling shows a root cause and at least one action that is more than the correction again.
 */
export function correctionOnlyGap(nc: Nonconformity): CorrectionOnlyGap | undefined {
  const rootCause = meaningful(nc.rootCause);
  const actions = nc.correctiveActions.filter((a) => !isBlank(a.description));
  if (!rootCause && actions.length === 0) return { kind: 'correction-only' };
  if (!rootCause) return { kind: 'no-root-cause' };
  if (actions.length === 0) return { kind: 'no-corrective-action' };
  const correction = meaningful(nc.correction);
  if (correction) {
    const scores = actions.map((a) => shareOfWordsIn(a.description, correction));
    if (scores.every((s) => s >= RESTATES)) return { kind: 'repeats-correction', actions };
    if (scores.every((s) => s >= RESEMBLES)) return { kind: 'resembles-correction', actions };
  }
  if (isShallowRootCause(rootCause)) return { kind: 'shallow-root-cause', rootCause };
  return undefined;
}
