// A crosswalk: the items of another framework (EU AI Act articles, NIST AI RMF categories), who they bind, and the
// ISO/IEC 42001 clauses and controls that evidence them; parsed from editable YAML with errors that name the line.
import { Type, type Static } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { findClause, findControl } from '../catalogue/index.ts';
import { AppError, type ErrorDetail } from '../errors.ts';
import { Enum, Opt, Strict, Text } from '../model/primitives.ts';
import { euAiActRiskClasses, euAiActRoles } from '../model/systems.ts';

export const frameworks = ['eu-ai-act', 'nist-ai-rmf'] as const;
export type Framework = (typeof frameworks)[number];

export const Binding = Strict({
  role: Enum(euAiActRoles, 'The EU AI Act role the article binds.'),
  riskClasses: Type.Array(Enum(euAiActRiskClasses), { minItems: 1, uniqueItems: true }),
  condition: Opt(Text('When it binds only some systems of that role and class, which ones.')),
});

export const CrosswalkItem = Strict({
  id: Text('The article number ("9") or the category id ("GOVERN 1").'),
  title: Text(),
  function: Opt(Enum(['GOVERN', 'MAP', 'MEASURE', 'MANAGE'] as const)),
  subcategories: Opt(Type.Integer({ minimum: 1 })),
  binds: Opt(Type.Array(Binding)),
  appliesFrom: Opt(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date from which it applies (YYYY-MM-DD).' })),
  appliesFromNote: Opt(Text()),
  summary: Opt(Text('What it asks for, in our words.')),
  clauses: Type.Array(Type.String(), { uniqueItems: true }),
  controls: Type.Array(Type.String(), { uniqueItems: true }),
  fit: Opt(Enum(['good', 'partial', 'weak'] as const, 'How fully ISO/IEC 42001 evidence answers it.')),
  fitNote: Opt(Text()),
});

export const CrosswalkFile = Strict({
  framework: Enum(frameworks),
  title: Opt(Text()),
  items: Type.Array(CrosswalkItem, { minItems: 1 }),
});

// Strict off: the schemas carry our own keywords (descriptions are fine, `x-ref` is not used here).
const validateFile = new Ajv({ allErrors: true, strict: false }).compile(CrosswalkFile);

export type Binding = Static<typeof Binding>;
export type CrosswalkItem = Static<typeof CrosswalkItem>;
export type Crosswalk = Static<typeof CrosswalkFile>;

function lineOf(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return undefined;
}

const pathOf = (pointer: string): (string | number)[] =>
  pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));

/** Parses a crosswalk file; every problem (YAML, shape, an unknown clause or control, a duplicate id) with its line. */
export function parseCrosswalk(text: string, file: string): Crosswalk {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    throw new AppError('invalid_input', `The crosswalk ${file} is not valid YAML.`, [{ file, line, column: col, message: first.message.split('\n')[0]! }]);
  }
  const value: unknown = doc.toJS();
  const problems: ErrorDetail[] = [];
  const at = (path: (string | number)[], message: string): ErrorDetail => {
    const line = lineOf(doc, lines, path);
    return { file, ...(line !== undefined ? { line } : {}), field: path.join('.'), message };
  };
  if (!validateFile(value)) {
    for (const error of validateFile.errors ?? []) {
      const allowed = error.params && 'allowedValues' in error.params ? `: ${(error.params.allowedValues as string[]).join(', ')}`
        : error.params && 'additionalProperty' in error.params ? ` ("${String(error.params.additionalProperty)}")` : '';
      problems.push(at(pathOf(error.instancePath), `${error.message ?? 'is invalid'}${allowed}`));
    }
  }
  if (problems.length === 0) {
    const crosswalk = value as Crosswalk;
    const seen = new Set<string>();
    crosswalk.items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push(at(['items', i, 'id'], `"${item.id}" is listed twice`));
      seen.add(item.id);
      item.clauses.forEach((c, j) => {
        if (!findClause(c)) problems.push(at(['items', i, 'clauses', j], `"${c}" is no ISO/IEC 42001 clause (4 … 10.2)`));
      });
      item.controls.forEach((c, j) => {
        if (!findControl(c)) problems.push(at(['items', i, 'controls', j], `"${c}" is no Annex A control (A.2.2 … A.10.4)`));
      });
    });
  }
  if (problems.length > 0) {
    throw new AppError('invalid_input', `The crosswalk ${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; fix it and run again.`, problems);
  }
  return value as Crosswalk;
}

/** The shipped crosswalk with a user's items laid over it: same id replaces, a new id is added at the end. */
export function mergeCrosswalks(base: Crosswalk, override: Crosswalk, overrideFile: string): Crosswalk {
  if (override.framework !== base.framework) {
    throw new AppError('invalid_input', `${overrideFile} is a crosswalk of ${override.framework}, not of ${base.framework}.`,
      [{ file: overrideFile, field: 'framework', message: `must be ${base.framework}` }]);
  }
  const replaced = new Map(override.items.map((i) => [i.id, i]));
  const items = base.items.map((i) => replaced.get(i.id) ?? i);
  const known = new Set(base.items.map((i) => i.id));
  return { ...base, title: override.title ?? base.title, items: [...items, ...override.items.filter((i) => !known.has(i.id))] };
}
