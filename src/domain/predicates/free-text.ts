// Reading free text the way an auditor does: placeholders document nothing, and two texts may say the same thing.

const placeholders = new Set([
  '', '-', '--', '---', '?', '??', '...', '…', 'x', 'xx', 'xxx', 'tbd', 'tba', 'tbc', 'todo', 'to do', 'n/a', 'na', 'n.a',
  'none', 'nil', 'null', 'unknown', 'pending', 'placeholder', 'to be defined', 'to be determined', 'to be confirmed',
  'to be completed', 'to be documented', 'lorem ipsum', 'see above', 'see below', 'as above', 'same as above',
  'see correction',
]);

/**
 * True when a field meant to document something holds nothing a reader could use: missing, not text, blank,
 * or a placeholder. Auditors read "TBD" as "not documented", so the checks do too; one list of placeholders,
 * so that every check reads "n/a" alike.
 */
export function isBlank(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const normalised = value.trim().toLowerCase().replace(/[.:;!]+$/, '').trim();
  return placeholders.has(normalised);
}

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

/** Text compared as a reader would: case, spacing and trailing punctuation ignored. */
export function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.;!]+$/, '').toLowerCase();
}
