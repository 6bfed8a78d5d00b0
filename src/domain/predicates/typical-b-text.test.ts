// Tests of the free-text predicates: placeholders, word overlap and message lists.
import { describe, expect, it } from 'vitest';
import { isBlank, listForMessage, meaningful, shareOfWordsIn, wordsOf } from './typical-b-text.ts';

describe('isBlank', () => {
  it('treats missing, blank and placeholder text as saying nothing', () => {
    for (const text of [undefined, null, '', '   ', 'TBD', 'n/a', 'N/A.', ' none ', 'To be determined', '-', 'See correction']) {
      expect(isBlank(text), String(text)).toBe(true);
    }
  });
  it('keeps real text, even short', () => {
    for (const text of ['No review step', 'HR', 'None of the tests ran']) expect(isBlank(text), text).toBe(false);
  });
  it('meaningful trims real text and drops placeholders', () => {
    expect(meaningful('  Owner missing  ')).toBe('Owner missing');
    expect(meaningful('tbd')).toBeUndefined();
  });
});

describe('shareOfWordsIn', () => {
  it('is 1 for the same words in another order or form', () => {
    expect(shareOfWordsIn('Updated the model cards', 'model card updated')).toBe(1);
  });
  it('is low for an action that adds how recurrence is prevented', () => {
    expect(shareOfWordsIn('Add an approval gate to the release pipeline for model versions', 'Removed the unapproved model version')).toBeLessThan(0.5);
  });
  it('is asymmetric: the correction may be inside a longer action without the action restating it', () => {
    const correction = 'Fixed the label';
    const action = 'Require a second reviewer for every label change in the labelling tool';
    expect(shareOfWordsIn(correction, action)).toBe(0.5);
    expect(shareOfWordsIn(action, correction)).toBeLessThan(0.2);
  });
  it('is 0 for text with no words', () => {
    expect(shareOfWordsIn('---', 'anything')).toBe(0);
    expect(wordsOf('the and of').size).toBe(0);
  });
});

describe('listForMessage', () => {
  it('lists up to the limit, then counts the rest', () => {
    expect(listForMessage(['a', 'b'])).toBe('a, b');
    expect(listForMessage(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(listForMessage(['a', 'b', 'c'], 1, '; ')).toBe('a and 2 more');
    expect(listForMessage(['a, x', 'b'], 3, '; ')).toBe('a, x; b');
  });
});
