// Tests of telling a correction from a corrective action in a nonconformity record.
import { describe, expect, it } from 'vitest';
import type { CorrectiveAction, Nonconformity } from '../model/index.ts';
import { correctionOnlyGap, isDecided, isHandlingFinished, isShallowRootCause } from './nonconformity-handling.ts';

const action = (description: string, status: 'open' | 'done' = 'done'): CorrectiveAction => ({ id: description, description, status });
const nc = (over: Partial<Nonconformity> = {}): Nonconformity => ({
  id: 'nc-1', title: 'NC', source: 'internal-audit', raisedOn: '2026-05-01', classification: 'minor', refs: [], correctiveActions: [], status: 'closed', ...over,
});

describe('isHandlingFinished', () => {
  it('is true when closed, or open with every one of at least one action done', () => {
    expect(isHandlingFinished(nc())).toBe(true);
    expect(isHandlingFinished(nc({ status: 'open', correctiveActions: [action('a'), action('b')] }))).toBe(true);
    expect(isHandlingFinished(nc({ status: 'open', correctiveActions: [action('a'), action('b', 'open')] }))).toBe(false);
    expect(isHandlingFinished(nc({ status: 'open' }))).toBe(false);
  });
});

describe('correctionOnlyGap', () => {
  it('names the most basic gap first', () => {
    expect(correctionOnlyGap(nc())?.kind).toBe('correction-only');
    expect(correctionOnlyGap(nc({ correctiveActions: [action('Add a review step')] }))?.kind).toBe('no-root-cause');
    expect(correctionOnlyGap(nc({ rootCause: 'No review step' }))?.kind).toBe('no-corrective-action');
    expect(correctionOnlyGap(nc({ rootCause: 'No review step', correctiveActions: [action('  ')] }))?.kind).toBe('no-corrective-action');
  });
  it('finds actions that restate the correction, and flags close ones for review', () => {
    const restated = nc({ rootCause: 'No review step', correction: 'Corrected the dataset label', correctiveActions: [action('Dataset label corrected')] });
    expect(correctionOnlyGap(restated)?.kind).toBe('repeats-correction');
    const close = nc({ rootCause: 'No review step', correction: 'Retrained the model', correctiveActions: [action('Retrained the model on new data')] });
    expect(correctionOnlyGap(close)?.kind).toBe('resembles-correction');
  });
  it('accepts a root cause and one action that goes beyond the correction', () => {
    expect(correctionOnlyGap(nc({
      rootCause: 'Labelling guide silent on edge cases', correction: 'Corrected the dataset label',
      correctiveActions: [action('Dataset label corrected'), action('Extend the labelling guide with edge cases and train labellers')],
    }))).toBeUndefined();
  });
  it('sends a person-blaming root cause to review', () => {
    const gap = correctionOnlyGap(nc({ rootCause: 'Human error', correctiveActions: [action('Add input validation')] }));
    expect(gap?.kind).toBe('shallow-root-cause');
    expect(gap && isDecided(gap)).toBe(false);
    expect(isShallowRootCause('Operator error.')).toBe(true);
    expect(isShallowRootCause('Human error made possible by a form without validation')).toBe(false);
  });
});

describe('issue 9 (2026-12-02): a reasoned "no action needed" (10.2 b asks to evaluate the need)', () => {
  const noAction = (reasoning: string, classification: 'major' | 'minor' = 'minor') =>
    nc({ status: 'open', classification, correction: 'Re-ran the approval', noActionReason: reasoning });
  it('finishes the handling and leaves no gap on a minor nonconformity', () => {
    const n = noAction('A one-time migration caused it; the migration tool is decommissioned, so the cause no longer exists');
    expect(isHandlingFinished(n)).toBe(true);
    expect(correctionOnlyGap(n)).toBeUndefined();
  });
  it('asks a reader to confirm it on a major nonconformity', () => {
    const gap = correctionOnlyGap(noAction('Cause removed with the old tool', 'major'));
    expect(gap?.kind).toBe('no-action-on-major');
    expect(gap && isDecided(gap)).toBe(false);
  });
  it('does not count a decision without reasons', () => {
    expect(isHandlingFinished(noAction('TBD'))).toBe(false);
    expect(correctionOnlyGap({ ...noAction('TBD'), status: 'closed' })?.kind).toBe('correction-only');
  });
});

describe('issue 9 (2026-12-02): "human error" recognised inside longer text, in any case', () => {
  it('finds a slip named within a sentence', () => {
    expect(isShallowRootCause('Human error by the analyst when updating the register.')).toBe(true);
    expect(isShallowRootCause('HUMAN ERROR')).toBe(true);
    expect(isShallowRootCause('It was a data-entry mistake by a new joiner')).toBe(true);
    expect(isShallowRootCause('The engineer forgot to tag the release')).toBe(true);
  });
  it('accepts a text that says why the process let the slip through', () => {
    expect(isShallowRootCause('Human error, because the procedure has no second review of threshold changes')).toBe(false);
    expect(isShallowRootCause('User error due to a lack of training on the new tool')).toBe(false);
  });
  it('does not mistake human oversight, the A.9 control, for a slip', () => {
    expect(isShallowRootCause('Human oversight was not assigned for the night shift')).toBe(false);
    expect(isShallowRootCause('No review step before model release')).toBe(false);
  });
});
