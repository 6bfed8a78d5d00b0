// Reads a bundle file that is not in the bundle's own style with the `yaml` package, within the bundle's limits:
// aliases must resolve and stay few, values short, nesting shallow, records within the count, text whole.
import { isAlias, isCollection, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { MAX_ALIASES, MAX_DEPTH, MAX_RECORDS, MAX_SCALAR_CHARS, shortened } from './limits.ts';

/** A parsed file with source positions. */
export interface Tree {
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** A problem of the file, where it is. */
export interface Refusal {
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export function parseTree(text: string): Tree {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.2' }), lines };
}

const DEPTH_MESSAGE = `lists and mappings are nested more than ${MAX_DEPTH} levels deep, the limit (see docs/bundle.md, Limits)`;

/** The first syntax error of the file, the one to fix (errors after it are mostly the parser losing its footing). */
export function syntaxProblem({ doc, lines }: Tree): Refusal | undefined {
  const syntax = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = syntax[0];
  if (!first) return undefined;
  const { line, col } = lines.linePos(first.pos[0]);
  const rest = syntax.length > 1 ? ' (the rest of this file was not checked)' : '';
  // The parser survives its own stack overflow on deep nesting and reports it as an error: say which limit that is.
  const message = /call stack/i.test(first.message) ? DEPTH_MESSAGE : `YAML: ${first.message.split('\n')[0]}`;
  return { line, column: col, message: `${message}${rest}` };
}

const at = (node: Node, lines: LineCounter): { line?: number; column?: number } => {
  const offset = node.range?.[0];
  if (offset === undefined) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
};

/** The first place where the parsed file breaks a limit, or undefined; `records` when its top level is a register list. */
export function limitProblem({ doc, lines }: Tree, records: boolean): Refusal | undefined {
  if (records && isSeq(doc.contents) && doc.contents.items.length > MAX_RECORDS) {
    return { line: 1, column: 1, message: `holds ${doc.contents.items.length.toLocaleString('en-GB')} records, over the limit of ${MAX_RECORDS.toLocaleString('en-GB')} for one file (see docs/bundle.md, Limits)` };
  }
  let found: Refusal | undefined;
  let aliases = 0;
  visit(doc, (_key, node, path) => {
    if (isCollection(node) && path.filter((p) => isCollection(p)).length + 1 > MAX_DEPTH) {
      found = { ...at(node, lines), message: DEPTH_MESSAGE };
    } else if (isScalar(node) && typeof node.value === 'string') {
      const s = node.value;
      if (s.length > MAX_SCALAR_CHARS) {
        found = { ...at(node, lines), message: `a value of ${s.length.toLocaleString('en-GB')} characters is over the limit of ${MAX_SCALAR_CHARS.toLocaleString('en-GB')} (see docs/bundle.md, Limits): ${shortened(s)}` };
      } else if (/[\uD800-\uDFFF]/u.test(s)) {
        found = { ...at(node, lines), message: 'a value holds an escape of half a UTF-16 surrogate pair (such as "\\ud800"), which is no character' };
      }
    } else if (isAlias(node)) {
      aliases++;
      if (aliases > MAX_ALIASES) {
        found = { ...at(node, lines), message: `holds more than ${MAX_ALIASES} aliases, the limit for one file (see docs/bundle.md, Limits)` };
      } else if (!node.resolve(doc)) {
        found = { ...at(node, lines), message: `the alias ${shortened(`*${node.source}`)} refers to no anchor (&name) set before it` };
      }
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

/** How deep `value` nests, stopping past the limit: an alias can place a node inside itself, or deeper than written. */
function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The file's data, or why it cannot be had: aliases that expand past the limit, or nest it past the depth limit. */
export function valueOf({ doc }: Tree): { value: unknown } | { problem: Refusal } {
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { problem: { message: `its aliases expand to more than ${MAX_ALIASES} copies, the limit for one file (see docs/bundle.md, Limits): an alias bomb is refused` } };
  }
  let hasAlias = false;
  visit(doc, { Alias: () => ((hasAlias = true), visit.BREAK) });
  if (hasAlias && tooDeep(value)) return { problem: { message: `through its aliases, lists and mappings nest inside themselves or more than ${MAX_DEPTH} levels deep, the limit (see docs/bundle.md, Limits)` } };
  return { value };
}
