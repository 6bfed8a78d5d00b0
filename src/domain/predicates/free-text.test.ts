// Tests of the free-text predicates: placeholders, word overlap.
import { describe, expect, it } from 'vitest';
import { isBlank, meaningful, shareOfWordsIn, wordsOf } from './free-text.ts';

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

describe('isBlank on fields meant to document something', () => {
  it('treats absent, non-text and blank values as missing', () => {
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(42)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank('   \n')).toBe(true);
  });

  it('treats placeholders as missing whatever their case and trailing punctuation', () => {
    for (const text of ['TBD', 'tbd.', ' N/A ', 'Unknown', 'To be defined', '...', 'None;']) {
      expect(isBlank(text), text).toBe(true);
    }
  });

  it('accepts real text, including short real text and text that merely contains a placeholder word', () => {
    for (const text of ['Internal CRM export', 'Bought from Acme Data Ltd in 2025', 'None of the fields are personal data', 'Unknown-origin rows removed']) {
      expect(isBlank(text), text).toBe(false);
    }
  });
});
