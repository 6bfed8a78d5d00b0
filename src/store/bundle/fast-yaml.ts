// The bundle's own YAML style, written and read fast: a strict subset of YAML 1.2 (block mappings and sequences,
// plain, double-quoted and literal scalars). The `yaml` package reads it identically but parses ~1 MB/s, too slow for
// a large bundle; anything outside the subset makes the reader give up, and the `yaml` package reads that file.

/** Returned by the reader when a text leaves the subset. */
export const UNSUPPORTED = Symbol('unsupported');

// ---------------------------------------------------------------------------------------------- writing

const NON_STRING_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters YAML prints as they are; anything else goes into a double-quoted scalar as an escape. */
const PRINTABLE = /^[\x20-\x7E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

function isPlainSafe(s: string): boolean {
  return s !== '' && PRINTABLE.test(s) && !s.includes('\uFEFF') && !INDICATOR_START.test(s) && !/\s$/.test(s)
    && !s.includes(': ') && !s.includes(' #') && !s.endsWith(':') && !s.startsWith('...') && !NON_STRING_PLAIN.test(s);
}

function isLiteralSafe(s: string): boolean {
  if (!s.includes('\n') || s.endsWith('\n\n') || s.includes('\r') || s.includes('\t') || s.includes('\uFEFF')) return false;
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
    return String(value);
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
  entries.forEach(([key, v], i) => emitEntry(v, indent, out, `${lead(i)}${key}:`, indent + 2, true));
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

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

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

  node(indent: number): unknown {
    const line = this.peek();
    if (!line || line.indent !== indent) give();
    return line!.text === '-' || line!.text.startsWith('- ') ? this.seq(indent) : this.map(indent);
  }

  seq(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      if (line.text !== '-' && !line.text.startsWith('- ')) give();
      const after = line.text.slice(2);
      const rest = after.trimStart();
      const at = indent + 2 + after.length - rest.length;
      if (rest === '') {
        this.i++;
        out.push(this.nested(indent));
      } else if (/^[A-Za-z_][A-Za-z0-9_]*:(?: |$)/.test(rest)) {
        // A mapping that starts on the dash line: rewrite the line as the mapping's first line and read on.
        this.lines[this.i] = `${' '.repeat(at)}${rest}`;
        out.push(this.map(at));
      } else {
        this.i++;
        out.push(this.value(rest, indent));
      }
    }
    const after = this.peek();
    if (after && after.indent > indent) give();
    return out;
  }

  map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent === indent; line = this.peek()) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/.exec(line.text);
      if (!m || Object.hasOwn(out, m[1]!)) give();
      this.i++;
      out[m![1]!] = m![2] === undefined || m![2] === '' ? this.nested(indent) : this.value(m![2], indent);
    }
    const after = this.peek();
    if (after && after.indent > indent) give();
    return out;
  }

  /** The block under a key or dash with nothing after it: more indented lines, or null when there are none. */
  nested(indent: number): unknown {
    const next = this.peek();
    if (!next || next.indent <= indent) return null;
    return this.node(next.indent);
  }

  value(text: string, parentIndent: number): unknown {
    if (text === '[]') return [];
    if (text === '{}') return {};
    if (text === '|' || text === '|-') return this.literal(parentIndent, text === '|');
    if (text.startsWith('"')) {
      if (!text.endsWith('"') || text.length < 2 || !PRINTABLE.test(text) || /\\[^"\\/bfnrtu]/.test(text.replaceAll('\\\\', ''))) give();
      try {
        return JSON.parse(text) as string;
      } catch {
        return give();
      }
    }
    return plain(text);
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
  if (text.includes('\r') || text.startsWith('\uFEFF')) return UNSUPPORTED;
  const reader = new Reader(text.split('\n'));
  try {
    const first = reader.peek();
    if (!first) return null;
    if (first.indent !== 0) give();
    let value: unknown;
    if (first.text === '[]') {
      reader.skip();
      value = [];
    } else {
      value = reader.node(0);
    }
    if (reader.peek()) give();
    return value;
  } catch (error) {
    if (error instanceof Unsupported) return UNSUPPORTED;
    throw error;
  }
}
