// Whether a nonconformity's handling went past correction (10.2): a root cause, and action aimed at recurrence.
import type { CorrectiveAction, Nonconformity } from '../model/index.ts';
import { isBlank, meaningful, shareOfWordsIn } from './free-text.ts';

/**
 * Whether the organisation evaluated the need for action (10.2 b) and decided, with its reasons, that no action to
 * eliminate the causes is needed. The Standard asks to *evaluate* the need, so a reasoned "no" is an outcome of the
 * process, not a gap; a bare "no" without reasons is not an evaluation an auditor can follow.
 */
export function isNoActionReasoned(nc: Pick<Nonconformity, 'noActionReason'>): boolean {
  return !isBlank(nc.noActionReason);
}

/**
 * A nonconformity whose handling is finished as far as the register shows: closed; still open with at least one
 * corrective action and every one of them done; or with a reasoned decision that no action is needed. (An open one
 * with no action and no decision yet is work in progress.)
 */
export function isHandlingFinished(nc: Nonconformity): boolean {
  if (nc.status === 'closed') return true;
  if (nc.correctiveActions.length === 0) return isNoActionReasoned(nc);
  return nc.correctiveActions.every((a) => a.status === 'done');
}

/**
 * Root causes that name a person's slip rather than why the system let it happen. Auditors do not accept them
 * on their own, but only a reader can tell whether the analysis went further, so they call for review. The slip is
 * found anywhere in the text ("Human error by the analyst when updating the register"), in any case; a text that
 * also says why the process let it through ("… because the procedure has no second review") went further.
 */
const slip = /\b(human|user|operator|staff|clerical|manual|data[- ]entry) (error|mistake|slip)s?\b|\b(mistakes?|(?<!human )oversight|carelessness|careless|negligence|inattention|lack of attention|not paying attention|forgot(ten)?|one[- ]off|isolated (incident|case|event))\b|^error$/i;
const systemicCause = /\b(because|due to (a |the )?(lack|absence|missing|unclear|no)|process|procedure|workflow|control|review|check(list)?|four[- ]eyes|validation|training|instruction|design|tool(ing)?|interface|automation|workload|staffing|resourc\w*|guidance|template|requirement|gap in)\b/i;

export function isShallowRootCause(text: string): boolean {
  const t = text.trim().replace(/[.!]+$/, '');
  return slip.test(t) && !systemicCause.test(t);
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
  | { readonly kind: 'resembles-correction'; readonly actions: readonly CorrectiveAction[] }
  | { readonly kind: 'no-action-on-major' };

/** Gaps that decide on their own (findings) come before those a reader has to confirm (reviews). */
export function isDecided(gap: CorrectionOnlyGap): boolean {
  return gap.kind !== 'shallow-root-cause' && gap.kind !== 'resembles-correction' && gap.kind !== 'no-action-on-major';
}

/**
 * The gap that makes a finished nonconformity a correction logged as a corrective action, or undefined when its
 * handling shows a root cause and at least one action that is more than the correction again.
 */
export function correctionOnlyGap(nc: Nonconformity): CorrectionOnlyGap | undefined {
  const rootCause = meaningful(nc.rootCause);
  const actions = nc.correctiveActions.filter((a) => !isBlank(a.description));
  // A reasoned decision that no action is needed answers 10.2 b) where there are no actions; on a major
  // nonconformity an auditor rarely accepts it, so a reader confirms it.
  if (actions.length === 0 && isNoActionReasoned(nc)) return nc.classification === 'major' ? { kind: 'no-action-on-major' } : undefined;
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
