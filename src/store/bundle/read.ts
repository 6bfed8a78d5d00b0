// Reads a YAML bundle into an AimsSnapshot, or throws one AppError naming every problem by file, line and field.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import {
  AppError,
  emptySnapshot,
  isRegisterName,
  registerNames,
  registers,
  type AimsSnapshot,
  type ErrorDetail,
  type Organisation,
  type RegisterName,
} from '../../domain/index.ts';
import { ORGANISATION, validateSnapshot, type ValidationIssue } from '../../domain/validation.ts';
import { readYaml, UNSUPPORTED } from './fast-yaml.ts';
import { bundleFiles, ORGANISATION_FILE, registerFile, registerOfFile } from './layout.ts';
import { locate } from './locate.ts';

interface ParsedFile {
  readonly path: string;
  /** The file's data, when it parsed and has the right shape. */
  readonly value?: unknown;
  /** The syntax tree with source positions, built on first use: only a file with problems needs it. */
  tree(): { readonly doc: Document.Parsed; readonly lines: LineCounter };
}

/** Near-miss file names (`risk.yaml`, `Risks.yml`) get a suggestion rather than a bare refusal. */
function unknownFileMessage(name: string): string {
  const stem = name.toLowerCase().replace(/\.ya?ml$/, '');
  const near = bundleFiles.find((f) => {
    const s = f.replace(/\.yaml$/, '');
    return s === stem || s === `${stem}s` || `${s}s` === stem || s.replace(/-/g, '') === stem.replace(/[-_]/g, '');
  });
  if (near) return `unknown file; did you mean "${near}"?`;
  return 'unknown file: a bundle holds only organisation.yaml and one <register>.yaml per register (see docs/bundle.md)';
}

async function listEntries(dir: string): Promise<{ name: string; folder: boolean }[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, folder: e.isDirectory() }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `There is no bundle folder at ${dir}.`);
    if (code === 'ENOTDIR') throw new AppError('invalid_input', `${dir} is a file; a bundle is a folder of YAML files.`);
    throw new AppError('storage_failure', `Could not read the bundle folder ${dir}: ${(error as Error).message}`);
  }
}

const hasShape = (value: unknown, register: RegisterName | undefined): boolean =>
  register === undefined ? value !== null && typeof value === 'object' && !Array.isArray(value) : value === null || Array.isArray(value);

async function parseFile(path: string, register: RegisterName | undefined, problems: ErrorDetail[]): Promise<ParsedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // A dangling link, a folder under a file's name, no permission: a problem of this file, reported with the rest.
    problems.push({ file: path, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    return { path, tree: () => ({ doc: parseDocument(''), lines: new LineCounter() }) };
  }
  let built: ReturnType<ParsedFile['tree']> | undefined;
  const tree = () => {
    if (!built) {
      const lines = new LineCounter();
      built = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.2' }), lines };
    }
    return built;
  };
  // Files in the bundle's own style (all that OpenAIMS writes) are read fast; anything else by the full parser.
  const fast = readYaml(text);
  if (fast !== UNSUPPORTED && hasShape(fast, register)) return { path, tree, value: fast ?? [] };
  const { doc, lines } = tree();
  const syntax = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = syntax[0];
  if (first) {
    // Errors after the first are mostly the parser losing its footing; the first is the one to fix.
    const { line, col } = lines.linePos(first.pos[0]);
    const rest = syntax.length > 1 ? ' (the rest of this file was not checked)' : '';
    problems.push({ file: path, line, column: col, message: `YAML: ${first.message.split('\n')[0]}${rest}` });
    return { path, tree };
  }
  const contents = doc.contents;
  if (register === undefined && !isMap(contents)) {
    problems.push({ file: path, line: 1, column: 1, message: 'must hold the organisation record as fields (key: value), e.g. "id: acme"' });
    return { path, tree };
  }
  if (register !== undefined && contents !== null && !isSeq(contents)) {
    const { line, col } = lines.linePos(contents.range?.[0] ?? 0);
    problems.push({ file: path, line, column: col, message: `must be a list of ${registers[register].title.toLowerCase()} records, each starting with "- "` });
    return { path, tree };
  }
  return { path, tree, value: contents === null ? [] : doc.toJS({ maxAliasCount: 1000 }) };
}

function detailOf(issue: ValidationIssue, file: ParsedFile | undefined): ErrorDetail {
  const tree = file?.tree();
  const pos = tree ? locate(tree.doc, tree.lines, issue.register === ORGANISATION ? undefined : issue.index, issue.field) : undefined;
  return {
    ...(file ? { file: file.path } : {}),
    ...(pos ? { line: pos.line, column: pos.column } : {}),
    ...(issue.register !== undefined ? { register: issue.register } : {}),
    ...(issue.recordId !== undefined ? { recordId: issue.recordId } : {}),
    ...(issue.field !== undefined ? { field: issue.field } : {}),
    message: issue.message,
  };
}

const fileRank = new Map(bundleFiles.map((f, i) => [f, i]));

function byPlace() {
  const rank = (d: ErrorDetail) => (d.file ? (fileRank.get(basename(d.file)) ?? -1) : -1);
  return (a: ErrorDetail, b: ErrorDetail) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Reads the bundle in `dir`: organisation.yaml and one `<register>.yaml` per non-empty register. Every file is
 * parsed and checked against the schemas, ids and references; any problem (bad YAML, an unknown file, a wrong
 * type, a duplicate id, a reference to nothing) fails the whole read with one AppError listing them all.
 */
export async function readBundle(dir: string): Promise<AimsSnapshot> {
  const problems: ErrorDetail[] = [];
  const files = new Map<string, ParsedFile>();
  for (const { name, folder } of (await listEntries(dir)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (name.startsWith('.')) continue; // .git, .gitkeep, editor files: not bundle content
    const path = join(dir, name);
    if (folder) {
      problems.push({ file: path, message: 'unexpected folder: a bundle is one flat folder of YAML files' });
    } else if (name !== ORGANISATION_FILE && !registerOfFile(name)) {
      problems.push({ file: path, message: unknownFileMessage(name) });
    } else {
      files.set(name, await parseFile(path, registerOfFile(name), problems));
    }
  }
  if (!files.has(ORGANISATION_FILE)) {
    problems.push({ file: join(dir, ORGANISATION_FILE), message: 'missing: every bundle has an organisation.yaml holding the organisation record' });
  }

  const fileOf = (issue: ValidationIssue) => files.get(issue.register === ORGANISATION ? ORGANISATION_FILE : registerFile(issue.register as RegisterName));
  // A file that could not be read contributes no records; references into it cannot be judged and are not reported.
  const unreadable = new Set([...files].filter(([, f]) => f.value === undefined).map(([name]) => name));
  const organisation = files.get(ORGANISATION_FILE)?.value;
  const snapshot = emptySnapshot(organisation as Organisation) as Record<string, unknown>;
  for (const register of registerNames) {
    const list = files.get(registerFile(register))?.value;
    if (list !== undefined) snapshot[register] = list;
  }
  const judged = validateSnapshot(snapshot as AimsSnapshot).filter((i) =>
    !(i.register === ORGANISATION && organisation === undefined)
    && !(i.kind === 'reference' && i.target !== undefined && isRegisterName(i.target) && unreadable.has(registerFile(i.target))));
  const onlyReferences = problems.length === 0 && judged.every((i) => i.kind === 'reference');
  problems.push(...judged.map((i) => detailOf(i, fileOf(i))));
  if (problems.length > 0) throw bundleError(problems, onlyReferences);
  return snapshot as AimsSnapshot;
}

function bundleError(problems: ErrorDetail[], onlyReferences: boolean): AppError {
  const sorted = [...problems].sort(byPlace());
  const count = sorted.length === 1 ? 'a problem' : `${sorted.length} problems`;
  return new AppError(onlyReferences ? 'broken_reference' : 'invalid_input', `The bundle has ${count}; nothing was read from it.`, sorted);
}
