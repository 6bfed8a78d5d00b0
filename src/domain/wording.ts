// How messages word lists and counts, one way for every check and report: "a, b and 3 more", "1 risk", "3 risks".

export interface ListOptions {
  /** Quote each item ("a", "b") — for names, which may themselves contain commas. */
  readonly quoted?: boolean;
  /** Between items; "; " where the items contain commas of their own. */
  readonly separator?: string;
}

/**
 * `a`, `a and b`, `a, b and c`; beyond `max` items the first `max`, then "and N more", so that one summary line
 * stays readable when it stands for hundreds of records.
 */
export function listForMessage(items: readonly string[], max = Number.POSITIVE_INFINITY, options: ListOptions = {}): string {
  const separator = options.separator ?? ', ';
  const shown = (options.quoted ? items.map((s) => `"${s}"`) : items).slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(separator)} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(separator)} and ${shown.at(-1)}`;
}

/** `1 corrective action`, `3 corrective actions`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
