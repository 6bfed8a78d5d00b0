// The limits a bundle file must stay within, so that a hostile or broken file is refused quickly instead of
// exhausting memory, the stack or the clock; docs/bundle.md lists them (generated from `bundleLimits`).
export { shortened } from '../../domain/validation.ts';

/** Bytes of one bundle file. A scale-100 synthetic organisation's largest file (evidence-items.yaml) is about 10 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Bytes of a file that is not in the style OpenAIMS writes, and so goes to the general YAML parser: it reads
 * about 0.3 to 1 MB a second, so a larger file would keep a command busy for minutes.
 */
export const MAX_GENERAL_PARSER_BYTES = 4 * 1024 * 1024;
/** Characters of one value or key. Inline document text is the longest value a bundle holds. */
export const MAX_SCALAR_CHARS = 1024 * 1024;
/** Levels of nested lists and mappings, the file's top level being 1. The deepest schema uses fewer than 10. */
export const MAX_DEPTH = 64;
/** Records in one register file. A scale-100 synthetic organisation has about 50,000 evidence items. */
export const MAX_RECORDS = 100_000;
/** Aliases (`*name`) resolved in one file, counting those inside aliased nodes: what stops an alias bomb. */
export const MAX_ALIASES = 100;

const count = (n: number): string => n.toLocaleString('en-GB');

/** `n` bytes in the unit a person reads them in: `64 MiB`, `4,194,305 bytes`. */
export function bytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${count(n / (1024 * 1024))} MiB` : `${count(n)} bytes`;
}

/** One row of the limits table of docs/bundle.md. */
export interface LimitRow {
  readonly limit: string;
  readonly value: string;
  readonly why: string;
}

export const bundleLimits: readonly LimitRow[] = [
  { limit: 'file size', value: bytes(MAX_FILE_BYTES), why: 'checked before the file is read; a scale-100 organisation’s largest file is about 10 MB' },
  {
    limit: 'file size for the general YAML parser', value: bytes(MAX_GENERAL_PARSER_BYTES),
    why: 'a file not in the style OpenAIMS writes (flow lists, anchors, single quotes …) is read by the general parser, which is slow',
  },
  { limit: 'length of a value or key', value: `${count(MAX_SCALAR_CHARS)} characters`, why: 'inline document text is the longest value a bundle holds' },
  { limit: 'nesting depth', value: `${MAX_DEPTH} levels`, why: 'lists and mappings inside each other, the file itself being level 1; the schemas use fewer than 10' },
  { limit: 'records in one register file', value: count(MAX_RECORDS), why: 'a scale-100 organisation has about 50,000 evidence items' },
  { limit: 'aliases resolved in one file', value: count(MAX_ALIASES), why: 'counting aliases inside aliased nodes, so that an alias bomb (“billion laughs”) stops at once' },
];
