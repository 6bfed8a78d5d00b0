// Tests of isMissingText: what counts as documented text and what is a placeholder.
import { describe, expect, it } from 'vitest';
import { isMissingText } from './ops-a-text.ts';

describe('isMissingText', () => {
  it('treats absent, non-text and blank values as missing', () => {
    expect(isMissingText(undefined)).toBe(true);
    expect(isMissingText(null)).toBe(true);
    expect(isMissingText(42)).toBe(true);
    expect(isMissingText('')).toBe(true);
    expect(isMissingText('   \n')).toBe(true);
  });

  it('treats placeholders as missing whatever their case and trailing punctuation', () => {
    for (const text of ['TBD', 'tbd.', ' N/A ', 'Unknown', 'To be defined', '...', 'None;']) {
      expect(isMissingText(text), text).toBe(true);
    }
  });

  it('accepts real text, including short real text and text that merely contains a placeholder word', () => {
    for (const text of ['Internal CRM export', 'Bought from Acme Data Ltd in 2025', 'None of the fields are personal data', 'Unknown-origin rows removed']) {
      expect(isMissingText(text), text).toBe(false);
    }
  });
});
