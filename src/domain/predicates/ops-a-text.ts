// Whether free text actually says something: empty strings and placeholders ("TBD", "n/a") document nothing.
const placeholders = new Set([
  '', '-', '--', '---', '?', '??', '...', '…', 'x', 'xx', 'xxx', 'tbd', 'tba', 'tbc', 'todo', 'to do', 'n/a', 'na', 'n.a',
  'none', 'nil', 'null', 'unknown', 'pending', 'placeholder', 'to be defined', 'to be determined', 'to be confirmed',
  'to be completed', 'to be documented', 'lorem ipsum', 'see above', 'see below', 'as above', 'same as above',
  'see correction',
]);

/**
 * True when a field meant to document something holds nothing a reader could use: missing, not text, blank,
 * or a placeholder. Auditors read "TBD" as "not documented", so the checks do too.
 */
export function isMissingText(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const normalised = value.trim().toLowerCase().replace(/[.:;!]+$/, '').trim();
  return placeholders.has(normalised);
}

/** The same test under the name most checks use; one list of placeholders, so every check reads "n/a" alike. */
export const isBlank: (value: unknown) => boolean = isMissingText;
