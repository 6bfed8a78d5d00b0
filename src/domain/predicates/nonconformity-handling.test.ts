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
