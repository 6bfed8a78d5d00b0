// Reading free text the way an auditor does: placeholders document nothing, and two texts may say the same thing.

import { isBlank } from './ops-a-text.ts';

// One placeholder list for every check (ops-a-text); re-exported where the nonconformity and supplier readers look.
export { isBlank };

/** The text when it says something, else undefined: lets callers treat "TBD" like a missing field. */
export function meaningful(text: string | undefined | null): string | undefined {
  return isBlank(text) ? undefined : (text as string).trim();
}

// Words that carry no meaning on their own in short action texts; left out when comparing two texts.
const stopWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'is', 'was', 'were',
  'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'we', 'our', 'has', 'have', 'had', 'all', 'any',
]);

/** Lower-case word stems of a text, without stop words; a crude stem (drop -s, -ed, -ing) is enough for short phrases. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0 || stopWords.has(raw)) continue;
    words.add(raw.replace(/(ing|ed|es|s)$/, '') || raw);
  }
  return words;
}

/**
 * How much of `text` is already said by `other`, from 0 (none of its words) to 1 (all of them). Asymmetric on
 * purpose: an action that restates the correction scores near 1, while one that names the correction's object
 * and adds how recurrence is prevented ("Add a four-eyes review of risk register changes") scores low.
 */
export function shareOfWordsIn(text: string, other: string): number {
  const words = wordsOf(text);
  if (words.size === 0) return 0;
  const others = wordsOf(other);
  let shared = 0;
  for (const w of words) if (others.has(w)) shared++;
  return shared / words.size;
}

/**
 * Names a list for a message: up to `max` quoted items, then "and N more", so one summary line stays readable
 * when it stands for hundreds of records.
 */
export function listForMessage(items: readonly string[], max = 3, separator = ', '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}
