// Reads the control wording out of an OSCAL catalog of ISO/IEC 42001 that a user holds a licence for: each control's
// statement part (with its items) becomes the statement of the clause or Annex A control it names.
import { AppError, findClause, findControl, type ErrorDetail } from '../../domain/index.ts';
import type { ControlStatement } from './common.ts';
import { oneLine } from './ids.ts';
import { schemaProblems } from './schema-validate.ts';

export interface CatalogImport {
  readonly source: string;
  readonly statements: readonly ControlStatement[];
  /** Control ids of the file that name no clause or Annex A control: not imported. */
  readonly skipped: readonly string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** The clause or control a catalog control stands for, from its label or its id (`a.6.2.4`, `clause-4.1`, `iso-8.2`). */
export function referenceOf(control: Obj): string | undefined {
  const label = list(control.props).find((p) => p.name === 'label' && typeof p.value === 'string')?.value as string | undefined;
  const candidates = [label, typeof control.id === 'string' ? control.id : undefined]
    .filter((c): c is string => c !== undefined)
    .flatMap((c) => {
      const bare = c.trim().replace(/^(clause|iso|iso42001|cl)[-_ ]?/i, '').replace(/_/g, '.');
      return [bare, bare.replace(/^a\./i, 'A.'), bare.replace(/^a-/i, 'A.')];
    });
  return candidates.find((c) => findClause(c) !== undefined || findControl(c) !== undefined);
}

/** A statement part's text: its prose, then each item's label and prose, indented by depth. */
function proseOf(part: Obj, depth = 0): string {
  const label = list(part.props).find((p) => p.name === 'label')?.value;
  const own = typeof part.prose === 'string' ? part.prose.trim() : '';
  const head = [typeof label === 'string' ? label : undefined, own].filter(Boolean).join(' ');
  const lines = head ? [`${'  '.repeat(depth)}${head}`] : [];
  for (const child of list(part.parts)) lines.push(proseOf(child, depth + (head ? 1 : 0)));
  return lines.filter(Boolean).join('\n');
}

function* controlsOf(node: Obj, at: string): Generator<{ control: Obj; path: string }> {
  for (const [i, c] of list(node.controls).entries()) {
    yield { control: c, path: `${at}/controls/${i}` };
    yield* controlsOf(c, `${at}/controls/${i}`);
  }
  for (const [i, g] of list(node.groups).entries()) yield* controlsOf(g, `${at}/groups/${i}`);
}

/** Parses an OSCAL catalog given as JSON text; all or nothing, with every problem named by its place in the file. */
export function parseLicensedCatalog(text: string, file: string): CatalogImport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `${file} is not JSON: ${(error as Error).message}.`, [{ file, message: 'not JSON' }]);
  }
  if (!isObj(document) || !isObj(document.catalog)) {
    throw new AppError('invalid_input', `${file} is not an OSCAL catalog: its root must be {"catalog": …}.`, [{ file, message: 'no catalog' }]);
  }
  const problems = schemaProblems(document);
  if (problems.length > 0) {
    const details: ErrorDetail[] = problems.slice(0, 50).map((p) => ({ file, field: p.split(':')[0], message: p }));
    throw new AppError('invalid_input', `${file} is not a valid OSCAL v1.2.1 catalog (${problems.length} problems); nothing was imported.`, details);
  }
  const catalog = document.catalog;
  const source = oneLine(String((catalog.metadata as Obj).title));
  const statements = new Map<string, ControlStatement>();
  const skipped: string[] = [];
  const details: ErrorDetail[] = [];
  for (const { control, path } of controlsOf(catalog, '/catalog')) {
    const ref = referenceOf(control);
    const statement = list(control.parts).filter((p) => p.name === 'statement').map((p) => proseOf(p)).join('\n').trim();
    if (!ref) {
      skipped.push(String(control.id));
      continue;
    }
    if (!statement) continue;
    if (statements.has(ref)) {
      details.push({ file, field: `${path}/id`, message: `a second control for ${ref}; each clause or control may appear once` });
      continue;
    }
    statements.set(ref, { controlId: ref, statement, source });
  }
  if (details.length > 0) throw new AppError('invalid_input', `${file} names some clauses or controls twice; nothing was imported.`, details);
  if (statements.size === 0) {
    throw new AppError('invalid_input', `${file} holds no statement for any ISO/IEC 42001 clause or Annex A control `
      + '(controls need a part named "statement" and an id or label such as A.6.2.4 or 4.1); nothing was imported.', [{ file, message: 'no statement' }]);
  }
  return { source, statements: [...statements.values()], skipped };
}
