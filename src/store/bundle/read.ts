// Reads a YAML bundle into an AimsSnapshot, or throws one AppError naming every problem by file, line and field.
import { readdir, realpath } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isMap, isSeq } from 'yaml';
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
import { readBundleFile } from './bundle-file.ts';
import { readYamlAt, YamlRefusal } from './fast-yaml.ts';
import { limitProblem, parseTree, syntaxProblem, valueOf, type Refusal, type Tree } from './general-yaml.ts';
import { bytes, MAX_DEPTH, MAX_GENERAL_PARSER_BYTES } from './limits.ts';
import { bundleFiles, ORGANISATION_FILE, registerFile, registerOfFile } from './layout.ts';
import { locate } from './locate.ts';

interface ParsedFile {
  readonly path: string;
  /** The file's data, when it parsed and has the right shape. */
  readonly value?: unknown;
  /** The syntax tree with source positions, built on first use: only a file with problems needs it. */
  tree(): Tree | undefined;
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

function shapeMessage(register: RegisterName | undefined): string {
  return register === undefined
    ? 'must hold the organisation record as fields (key: value), e.g. "id: acme"'
    : `must be a list of ${registers[register].title.toLowerCase()} records, each starting with "- "`;
}

/** What a parser threw that it should not have: a problem of the file, told without its content or a stack. */
function unexpectedMessage(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return `is nested too deeply to be read (the limit is ${MAX_DEPTH} levels; see docs/bundle.md, Limits)`;
  }
  return `could not be read as YAML (${error instanceof Error ? error.name : 'error'}); nothing was read from it`;
}

function parseText(path: string, text: string, register: RegisterName | undefined, problems: ErrorDetail[]): ParsedFile {
  let built: Tree | undefined;
  const tree = () => {
    try {
      built ??= parseTree(text);
      return built;
    } catch {
      return undefined; // positions are a help, not a need: a problem is then reported without its line
    }
  };
  const refuse = (problem: Refusal): ParsedFile => {
    problems.push({ file: path, ...problem });
    return { path, tree };
  };
  // Files in the bundle's own style (all that OpenAIMS writes) are read fast; anything else by the general parser.
  let fast: ReturnType<typeof readYamlAt>;
  try {
    fast = readYamlAt(text);
  } catch (error) {
    if (error instanceof YamlRefusal) return refuse({ line: error.line, message: error.message });
    throw error;
  }
  if ('value' in fast) {
    return hasShape(fast.value, register) ? { path, tree, value: fast.value ?? [] } : refuse({ line: 1, column: 1, message: shapeMessage(register) });
  }
  const size = Buffer.byteLength(text);
  if (size > MAX_GENERAL_PARSER_BYTES) {
    return refuse({
      line: fast.unsupportedAt,
      message: `is ${bytes(size)} and leaves the style OpenAIMS writes here, so it needs the general YAML parser, which reads files of at most `
        + `${bytes(MAX_GENERAL_PARSER_BYTES)} (see docs/bundle.md, Limits); write it as \`aims export\` does (block lists, plain or double-quoted values)`,
    });
  }
  const parsed = tree();
  if (!parsed) return refuse({ message: unexpectedMessage(new Error()) });
  const problem = syntaxProblem(parsed);
  if (problem) return refuse(problem);
  const contents = parsed.doc.contents;
  if (register === undefined && !isMap(contents)) return refuse({ line: 1, column: 1, message: shapeMessage(register) });
  if (register !== undefined && contents !== null && !isSeq(contents)) {
    const { line, col } = parsed.lines.linePos(contents.range?.[0] ?? 0);
    return refuse({ line, column: col, message: shapeMessage(register) });
  }
  const limit = limitProblem(parsed, register !== undefined);
  if (limit) return refuse(limit);
  if (contents === null) return { path, tree, value: [] };
  const read = valueOf(parsed);
  return 'value' in read ? { path, tree, value: read.value } : refuse(read.problem);
}

async function parseFile(path: string, folder: string, register: RegisterName | undefined, problems: ErrorDetail[]): Promise<ParsedFile> {
  const none: ParsedFile = { path, tree: () => undefined };
  const read = await readBundleFile(path, folder);
  if (read.problem) {
    problems.push(read.problem);
    return none;
  }
  try {
    return parseText(path, read.text, register, problems);
  } catch (error) {
    // The last line of defence: whatever a parser throws is a problem of this file (exit 2), never a crash.
    problems.push({ file: path, message: unexpectedMessage(error) });
    return none;
  }
}

function detailOf(issue: ValidationIssue, file: ParsedFile | undefined): ErrorDetail {
  const tree = file?.tree();
  const pos = tree && tree.doc.errors.length === 0 ? locate(tree.doc, tree.lines, issue.register === ORGANISATION ? undefined : issue.index, issue.field) : undefined;
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
  try {
    return await readFolder(dir);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Whatever escaped the per-file guards is still bad input, reported without a stack or any file's content.
    throw new AppError('invalid_input', `The bundle at ${dir} could not be read (${error instanceof Error ? error.name : 'error'}); nothing was read from it.`);
  }
}

async function readFolder(dir: string): Promise<AimsSnapshot> {
  const problems: ErrorDetail[] = [];
  const files = new Map<string, ParsedFile>();
  const entries = await listEntries(dir);
  const real = await realpath(dir);
  for (const { name, folder } of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (name.startsWith('.')) continue; // .git, .gitkeep, editor files: not bundle content
    const path = join(dir, name);
    if (folder) {
      problems.push({ file: path, message: 'unexpected folder: a bundle is one flat folder of YAML files' });
    } else if (name !== ORGANISATION_FILE && !registerOfFile(name)) {
      problems.push({ file: path, message: unknownFileMessage(name) });
    } else {
      files.set(name, await parseFile(path, real, registerOfFile(name), problems));
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
