// The bundle's own YAML style, written and read fast: a strict subset of YAML 1.2 (block mappings and sequences,
// plain, double-quoted and literal scalars) that YAML 1.1 tools read the same. The `yaml` package reads it identically
// but parses under 1 MB/s, too slow for a large bundle; anything outside the subset makes the reader give up, and the
// `yaml` package reads that file. The reader enforces the bundle's limits (limits.ts) as it goes.
import { MAX_DEPTH, MAX_RECORDS, MAX_SCALAR_CHARS, shortened } from './limits.ts';

/** Returned by the reader when a text leaves the subset. */
export const UNSUPPORTED = Symbol('unsupported');

/** Thrown by the reader for text that breaks a limit or holds no character: refused, not left to another parser. */
export class YamlRefusal extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------- writing

const NON_STRING_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * Plain text that YAML 1.1 tools (PyYAML, older libraries, the `yaml` package with version 1.1) read as something
 * else: booleans such as yes/no/on/off/y/n, numbers with `_`, binary, octal, sexagesimal (`1:20`) or a dot anywhere
 * (`1.2.3`), exponents without a dot (`1e3`, even `e5`), merge and value keys. Dates are matched separately.
 */
const NON_STRING_PLAIN_1_1 = new RegExp(`^(?:${[
  'y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|<<|=',
  '[-+]?0b[01_]+', '[-+]?0x[0-9a-fA-F_]+',
  '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\\.[0-9._]*)?(?:[eE][-+]?[0-9]+)?',
  '[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9._]*)?[eE][-+]?[0-9]+', '[-+]?\\.[0-9._]*', '[-+]?\\.(?:inf|Inf|INF)', '\\.(?:nan|NaN|NAN)',
].join('|')})$`);
/** YAML 1.1 reads `2026-01-01` (and a date with a time) as a timestamp: any text that starts like one is quoted. */
const DATE_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
/** Line breaks in YAML 1.1 (not in 1.2): in plain or literal text they would split the value in a 1.1 reader. */
const BREAKS_1_1 = /[\u2028\u2029]/;
/** Characters YAML prints as they are; anything else goes into a double-quoted scalar as an escape. */
const PRINTABLE = /^[\x20-\x7E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

function isPlainSafe(s: string): boolean {
  return s !== '' && PRINTABLE.test(s) && !s.includes('\uFEFF') && !INDICATOR_START.test(s) && !/\s$/.test(s)
    && !s.includes(': ') && !s.includes(' #') && !s.endsWith(':') && !s.startsWith('...') && !NON_STRING_PLAIN.test(s)
    && !NON_STRING_PLAIN_1_1.test(s) && !DATE_LIKE.test(s) && !BREAKS_1_1.test(s);
}

/** A key as written: plain when it is a name no YAML version reads as anything but text, else quoted. */
function keyText(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !NON_STRING_PLAIN.test(key) && !NON_STRING_PLAIN_1_1.test(key) ? key : quoted(key);
}

function isLiteralSafe(s: string): boolean {
  if (!s.includes('\n') || s.endsWith('\n\n') || s.includes('\r') || s.includes('\t') || s.includes('\uFEFF') || BREAKS_1_1.test(s)) return false;
  const lines = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
  return /^\S/.test(lines[0]!) && lines.every((l) => PRINTABLE.test(l) && (l === '' || /\S/.test(l)));
}

function quoted(s: string): string {
  // JSON escapes are YAML double-quoted escapes; YAML also wants these characters escaped.
  return JSON.stringify(s).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    // YAML 1.1 reads an exponent without a dot (1e-7) as text: 1.0e-7 is a number in every version.
    const text = String(value);
    return text.includes('e') && !text.includes('.') ? text.replace('e', '.0e') : text;
  }
  const s = String(value);
  return isPlainSafe(s) ? s : quoted(s);
}

/** `value` as the lines of a block node at `indent`; `first` is the text that precedes its first line (`- `). */
function emit(value: unknown, indent: number, out: string[], first: string | undefined): void {
  const pad = ' '.repeat(indent);
  const lead = (i: number) => (i === 0 && first !== undefined ? first : pad);
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => emitEntry(item, indent, out, `${lead(i)}- `, indent + 2));
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.forEach(([key, v], i) => emitEntry(v, indent, out, `${lead(i)}${keyText(key)}:`, indent + 2, true));
}

function emitEntry(value: unknown, indent: number, out: string[], head: string, childIndent: number, isKey = false): void {
  const sep = isKey ? ' ' : '';
  if (Array.isArray(value) && value.length === 0) out.push(`${head}${sep}[]`);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => v === undefined)) out.push(`${head}${sep}{}`);
  else if (Array.isArray(value)) {
    if (isKey) {
      out.push(head);
      emit(value, childIndent, out, undefined);
    } else {
      out.push(head.trimEnd());
      emit(value, childIndent, out, undefined);
    }
  } else if (value !== null && typeof value === 'object') {
    if (isKey) {
      out.push(head);
      emit(value, childIndent, out, undefined);
    } else {
      emit(value, childIndent, out, head);
    }
  } else if (typeof value === 'string' && isLiteralSafe(value)) {
    out.push(`${head}${sep}${value.endsWith('\n') ? '|' : '|-'}`);
    const pad = ' '.repeat(childIndent);
    for (const line of (value.endsWith('\n') ? value.slice(0, -1) : value).split('\n')) out.push(line === '' ? '' : `${pad}${line}`);
  } else {
    out.push(`${head}${sep}${scalar(value)}`);
  }
}

/**
 * A YAML document holding `value` (a list of records, or one record), opened by `comment` (lines without `#`),
 * with a blank line between the items of a top-level list.
 */
export function writeYaml(value: unknown, comment: string): string {
  const out: string[] = comment.split('\n').map((l) => `#${l}`);
  out.push('');
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      if (i > 0) out.push('');
      emitEntry(item, 0, out, '- ', 2);
    });
    if (value.length === 0) out.push('[]');
  } else {
    emit(value, 0, out, undefined);
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------- reading

class Unsupported extends Error {}
const give = (): never => {
  throw new Unsupported();
};

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

function plain(text: string): unknown {
  if (text.includes(' #') || text.includes('\t') || !PRINTABLE.test(text)) give();
  if (/^(?:~|null|Null|NULL)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (INT.test(text) || FLOAT.test(text)) return Number(text);
  // Octal, hexadecimal, infinities and NaN are left to the full parser; so are indicators this reader does not know.
  if (/^(?:[-+]?\.|0o|0x)/.test(text) || INDICATOR_START.test(text) || text.includes(': ') || text.endsWith(':') || text.startsWith('...')) give();
  return text;
}

interface Line {
  readonly indent: number;
  readonly text: string;
}

/** A mapping entry: a plain name or a double-quoted key, a colon, and the value if it is on the same line. */
const ENTRY = /^(?:([A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\]|\\.)*")):(?: +(.*))?$/;
const KEY = /^(?:[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"):(?: |$)/;

/** Lone surrogates: what a `\ud800` escape without its pair decodes to. No character, so no text. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  /** The line being read, from 1. */
  get line(): number {
    return this.i + 1;
  }

  /** `s`, when it is within the length limit. */
  private checked(s: string, what: 'value' | 'key', line = this.line): string {
    if (s.length > MAX_SCALAR_CHARS) {
      throw new YamlRefusal(line, `a ${what} of ${s.length.toLocaleString('en-GB')} characters is over the limit of `
        + `${MAX_SCALAR_CHARS.toLocaleString('en-GB')} (see docs/bundle.md, Limits): ${shortened(s)}`);
    }
    return s;
  }

  /** Consumes the line `peek` returned. */
  skip(): void {
    this.i++;
  }

  /** The next structural line (blank lines and comment lines skipped), without consuming it. */
  peek(): Line | undefined {
    while (this.i < this.lines.length) {
      const raw = this.lines[this.i]!;
      const text = raw.trimStart();
      if (text === '' || text.startsWith('#')) {
        this.i++;
        continue;
      }
      if (raw.startsWith('---') || raw.startsWith('...') || raw.startsWith('%') || /^ *\t/.test(raw)) give();
      return { indent: raw.length - text.length, text: text.trimEnd() };
    }
    return undefined;
  }

  node(indent: number, depth: number): unknown {
    const line = this.peek();
    if (!line || line.indent !== indent) give();
    if (depth > MAX_DEPTH) throw new YamlRefusal(this.line, `lists and mappings are nested more than ${MAX_DEPTH} levels deep, the limit (see docs/bundle.md, Limits)`);
    return line!.text === '-' || line!.text.startsWith('- ') ? this.seq(indent, depth) : this.map(indent, depth);
  }

  seq(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text !== '-' && !line.text.startsWith('- ')) give();
      if (depth === 1 && out.length === MAX_RECORDS) {
        throw new YamlRefusal(this.line, `holds more than ${MAX_RECORDS.toLocaleString('en-GB')} records, the limit for one file (see docs/bundle.md, Limits)`);
      }
      const after = line.text.slice(2);
      const rest = after.trimStart();
      const at = indent + 2 + after.length - rest.length;
      if (rest === '') {
        this.i++;
        out.push(this.nested(indent, depth));
      } else if (KEY.test(rest)) {
        // A mapping that starts on the dash line: rewrite the line as the mapping's first line and read on.
        this.lines[this.i] = `${' '.repeat(at)}${rest}`;
        out.push(this.map(at, depth + 1));
      } else {
        this.i++;
        out.push(this.value(rest, indent, depth));
      }
    }
    const after = this.peek();
    if (after && after.indent > indent) give();
    return out;
  }

  map(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      const m = ENTRY.exec(line.text);
      if (!m) give();
      const key = this.checked(m![1] ?? this.quotedKey(m![2]!), 'key');
      if (Object.hasOwn(out, key)) give();
      this.i++;
      out[key] = m![3] === undefined || m![3] === '' ? this.nested(indent, depth) : this.value(m![3], indent, depth);
    }
    const after = this.peek();
    if (after && after.indent > indent) give();
    return out;
  }

  /** A double-quoted key (the writer quotes keys such as `n`, which YAML 1.1 reads as false). */
  quotedKey(text: string): string {
    const key = this.value(text, 0, 0);
    return typeof key === 'string' ? key : give();
  }

  /** The block under a key or dash with nothing after it: more indented lines, or null when there are none. */
  nested(indent: number, depth: number): unknown {
    const next = this.peek();
    if (!next || next.indent <= indent) return null;
    return this.node(next.indent, depth + 1);
  }

  value(text: string, parentIndent: number, depth: number): unknown {
    if (text === '[]' || text === '{}') {
      if (depth + 1 > MAX_DEPTH) give();
      return text === '[]' ? [] : {};
    }
    const line = this.line - 1; // the value's line has been consumed
    if (text === '|' || text === '|-') return this.checked(this.literal(parentIndent, text === '|'), 'value', line);
    if (text.startsWith('"')) {
      if (!text.endsWith('"') || text.length < 2 || !PRINTABLE.test(text) || /\\[^"\\/bfnrtu]/.test(text.replaceAll('\\\\', ''))) give();
      let s: string;
      try {
        s = JSON.parse(text) as string;
      } catch {
        return give();
      }
      if (LONE_SURROGATE.test(s)) {
        throw new YamlRefusal(line, 'a double-quoted value holds an escape of half a UTF-16 surrogate pair (such as "\\ud800"), which is no character');
      }
      return this.checked(s, 'value', line);
    }
    const v = plain(text);
    return typeof v === 'string' ? this.checked(v, 'value', line) : v;
  }

  literal(parentIndent: number, keepNewline: boolean): string {
    const body: string[] = [];
    let blockIndent: number | undefined;
    while (this.i < this.lines.length) {
      const raw = this.lines[this.i]!;
      if (raw === '') {
        body.push('');
        this.i++;
        continue;
      }
      const indent = raw.length - raw.trimStart().length;
      if (raw.trim() === '') give();
      if (blockIndent === undefined) {
        if (indent <= parentIndent) break;
        blockIndent = indent;
      }
      if (indent < blockIndent) break;
      if (raw.includes('\t') || raw.includes('\r')) give();
      body.push(raw.slice(blockIndent));
      this.i++;
    }
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    if (blockIndent === undefined || body.length === 0) give();
    return body.join('\n') + (keepNewline ? '\n' : '');
  }
}

/** The value of a YAML text in the bundle's style, or UNSUPPORTED when it uses anything else. */
export function readYaml(text: string): unknown {
  const read = readYamlAt(text);
  return 'value' in read ? read.value : UNSUPPORTED;
}

/**
 * The value of a YAML text in the bundle's style, or the line where it left the style. Throws YamlRefusal for
 * text that breaks a limit (limits.ts) or escapes a lone surrogate: refused, whatever another parser would do.
 */
export function readYamlAt(text: string): { value: unknown } | { unsupportedAt: number } {
  if (text.includes('\r')) return { unsupportedAt: text.slice(0, text.indexOf('\r')).split('\n').length };
  if (text.startsWith('\uFEFF')) return { unsupportedAt: 1 };
  const reader = new Reader(text.split('\n'));
  try {
    const first = reader.peek();
    if (!first) return { value: null };
    if (first.indent !== 0) give();
    let value: unknown;
    if (first.text === '[]') {
      reader.skip();
      value = [];
    } else {
      value = reader.node(0, 1);
    }
    if (reader.peek()) give();
    return { value };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupportedAt: reader.line };
    throw error;
  }
}
