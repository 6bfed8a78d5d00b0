// Writes a value as JSON in pieces, byte for byte what JSON.stringify(value, null, 2) gives, so that the output of
// a large AIMS (hundreds of megabytes of evidence index) never has to exist as one string, which V8 caps.

/** Below this depth values are written element by element; deeper ones are small enough to stringify whole. */
const STREAM_DEPTH = 4;
/** Pieces are gathered into chunks of about this many characters before they are written. */
const CHUNK = 1 << 20;

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function write(value: unknown, out: (piece: string) => void, indent: string, depth: number): void {
  const hasToJson = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';
  if (depth >= STREAM_DEPTH || value === null || typeof value !== 'object' || hasToJson) {
    // JSON escapes newlines inside strings, so every newline here is layout and takes the current indent.
    out((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return out('[]');
    out('[');
    value.forEach((item, i) => {
      out(`${i === 0 ? '' : ','}\n${inner}`);
      write(isOmitted(item) ? null : item, out, inner, depth + 1);
    });
    return out(`\n${indent}]`);
  }
  // Object.keys reads getters too, as JSON.stringify does; omitted values leave no key behind.
  const keys = Object.keys(value).filter((k) => !isOmitted((value as Record<string, unknown>)[k]));
  if (keys.length === 0) return out('{}');
  out('{');
  keys.forEach((key, i) => {
    out(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    write((value as Record<string, unknown>)[key], out, inner, depth + 1);
  });
  out(`\n${indent}}`);
}

/** Streams `value` as indented JSON followed by a newline, in chunks of about a megabyte. */
export function writeJson(value: unknown, sink: (chunk: string) => void): void {
  let buffer: string[] = [];
  let size = 0;
  write(value, (piece) => {
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      sink(buffer.join(''));
      buffer = [];
      size = 0;
    }
  }, '', 0);
  buffer.push('\n');
  sink(buffer.join(''));
}
