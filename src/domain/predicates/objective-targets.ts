// Reading an AI objective's target ("at least 95%", "< 2 complaints a month") well enough to say if a value meets it.

export type Direction = 'at-least' | 'at-most' | 'above' | 'below';

export interface ParsedTarget {
  readonly direction: Direction;
  readonly value: number;
  /** The target is written as a percentage ("95%"). */
  readonly percent: boolean;
}

// Inclusive phrases first, so ">=" and "no more than" are read before the ">" and "more than" inside them.
const phrases: readonly (readonly [RegExp, Direction])[] = [
  [/(≥|>=|=>|\bat least\b|\bno less than\b|\bnot less than\b|\bminimum( of)?\b|\bmin\.?(?=\s*\d)|\bor (more|higher|above)\b|\band above\b)/i, 'at-least'],
  [/(≤|<=|=<|\bat most\b|\bno more than\b|\bnot more than\b|\bmaximum( of)?\b|\bmax\.?(?=\s*\d)|\bor (less|fewer|lower|below)\b|\bup to\b|\bwithin\b)/i, 'at-most'],
  [/(>|\bmore than\b|\bover\b|\babove\b|\bexceed(s|ing)?\b|\bgreater than\b|\bhigher than\b)/i, 'above'],
  [/(<|\bless than\b|\bfewer than\b|\bunder\b|\bbelow\b|\blower than\b)/i, 'below'],
];

/**
 * The direction and number of a target, or undefined when the text does not say both unambiguously
 * (no number, several numbers and not exactly one percentage among them, no comparison word: "95%" alone could
 * be a floor or a ceiling).
 */
export function parseTarget(text: string): ParsedTarget | undefined {
  // "1,000" groups thousands; "1,5" is a decimal comma.
  const all = [...text.matchAll(/-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:[.,]\d+)?/g)];
  // Other numbers may name things ("by Q4 2026", "before Stage 1"); a single percentage among them is the target.
  const percentages = all.filter((m) => /^\s*%/.test(text.slice((m.index ?? 0) + m[0].length)));
  const numbers = all.length === 1 ? all : percentages;
  if (numbers.length !== 1) return undefined;
  const match = numbers[0]!;
  const written = match[0];
  const value = Number(/,\d{3}/.test(written) ? written.replaceAll(',', '') : written.replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const percent = /^\s*%/.test(text.slice((match.index ?? 0) + written.length));
  // Each phrase found is blanked out before the next is looked for, so "no more than" does not also read as
  // "more than". Two opposite directions ("at least 2 and below 5") are a range this reader does not judge.
  const found: Direction[] = [];
  let rest = text;
  for (const [pattern, direction] of phrases) {
    const global = new RegExp(pattern.source, 'gi');
    if (!global.test(rest)) continue;
    found.push(direction);
    rest = rest.replace(global, ' ');
  }
  // "100%" can only be a floor and "0%" only a ceiling, with or without a comparison word.
  if (found.length === 0 && percent && (value === 100 || value === 0)) return { direction: value === 100 ? 'at-least' : 'at-most', value, percent };
  const first = found[0];
  if (first === undefined) return undefined;
  const upward = (d: Direction) => d === 'at-least' || d === 'above';
  if (found.some((d) => upward(d) !== upward(first))) return undefined;
  return { direction: first, value, percent };
}

export type TargetVerdict = 'met' | 'not-met' | 'undecidable';

function compare(direction: Direction, measured: number, target: number): 'met' | 'not-met' {
  switch (direction) {
    case 'at-least': return measured >= target ? 'met' : 'not-met';
    case 'at-most': return measured <= target ? 'met' : 'not-met';
    case 'above': return measured > target ? 'met' : 'not-met';
    case 'below': return measured < target ? 'met' : 'not-met';
  }
}

/**
 * Whether a measured value meets a target. `series` is every value the objective has recorded, which tells how
 * it measures. A percentage target met by values of 1 or less may be measured as fractions (0.96 for 96%) or in
 * percent (0.4 for 0.4%). Where both readings agree, that is the answer. Where they do not, a floor of 50% or more
 * whose every recorded value lies between 0 and 1 is read as fractions (in percent, every value would sit below a
 * fiftieth of the target); anything else is undecidable rather than a guess.
 */
export function meetsTarget(target: string, measured: number, series: readonly number[] = [measured]): TargetVerdict {
  return targetJudge(target, series)(measured);
}

/**
 * `meetsTarget` for many values of one series: the target is parsed, and the series read, once. A metric with
 * years of daily measurements is judged in one pass, not a pass over the series per measurement.
 */
export function targetJudge(target: string, series: readonly number[]): (measured: number) => TargetVerdict {
  const parsed = parseTarget(target);
  if (!parsed) return () => 'undecidable';
  const floor = parsed.direction === 'at-least' || parsed.direction === 'above';
  let fractions: boolean | undefined;
  const allFractions = () => (fractions ??= series.every((v) => v >= 0 && v <= 1));
  return (measured) => {
    const direct = compare(parsed.direction, measured, parsed.value);
    if (!parsed.percent || parsed.value <= 1 || Math.abs(measured) > 1) return direct;
    const asFraction = compare(parsed.direction, measured * 100, parsed.value);
    if (asFraction === direct) return direct;
    if (floor && parsed.value >= 50 && allFractions()) return asFraction;
    return 'undecidable';
  };
}
