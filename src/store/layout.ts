// How a register's records map onto tables: which top-level fields get real columns and which get link tables.
// Derived from the schemas at run time; migrations are written out by hand, and layout.test.ts proves the two agree.
import type { TSchema } from '@sinclair/typebox';
import { REF_KEYWORD, isRegisterName, registerNames, registerTableName, registers, type RegisterName } from '../domain/index.ts';

/** A top-level field stored in a column of its own instead of the JSON `data`. */
export interface ColumnField {
  readonly field: string;
  readonly column: string;
  /** The register a single reference points at (with a foreign key), when it points at a register. */
  readonly references?: RegisterName;
}

/** The catalogue targets whose lists get link tables: clauses and controls, what audits and evidence are about. */
export const CATALOGUE_LINK_TARGETS = ['clause', 'control', 'clauseOrControl'] as const;
export type CatalogueLinkTarget = (typeof CATALOGUE_LINK_TARGETS)[number];
const isCatalogueLinkTarget = (target: unknown): target is CatalogueLinkTarget =>
  (CATALOGUE_LINK_TARGETS as readonly unknown[]).includes(target);

/**
 * A list of references stored as rows of a link table (owner_id, target_id, position) instead of in `data`.
 * `register` links point at another register (with a foreign key) and are top-level fields; `catalogue` links
 * hold clause and control ids (no foreign key: the catalogue is code) and may sit in nested objects
 * (a risk's `treatment.controlIds`), never inside a list of objects.
 */
export type LinkField = {
  /** The path as one string (`refs`, `treatment.controlIds`), as reference paths are written. */
  readonly field: string;
  /** The property names leading to the list from the record. */
  readonly path: readonly string[];
  readonly table: string;
} & (
  | { readonly kind: 'register'; readonly references: RegisterName }
  | { readonly kind: 'catalogue'; readonly references: CatalogueLinkTarget }
);

export interface TableLayout {
  readonly register: RegisterName;
  readonly table: string;
  /** The column searched and sorted as the record's name (`id` where the label is the id). */
  readonly labelColumn: string;
  readonly columns: readonly ColumnField[];
  readonly links: readonly LinkField[];
}

/** Columns every register table has; a field whose column name would clash gets a `_value` suffix. */
export const COMMON_COLUMNS = ['organisation_id', 'id', 'version', 'created_at', 'updated_at', 'data'] as const;

export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function columnNameOf(field: string): string {
  const snake = snakeCase(field);
  return (COMMON_COLUMNS as readonly string[]).includes(snake) ? `${snake}_value` : snake;
}

/** `evidence_items_refs`, `risks_treatment_control_ids`: the owner's table, then the path in snake case. */
export const linkTableName = (register: RegisterName, path: string | readonly string[]): string =>
  `${registerTableName(register)}_${(typeof path === 'string' ? [path] : path).map(snakeCase).join('_')}`;

type SchemaNode = TSchema & Record<string, unknown>;

const catalogueLink = (register: RegisterName, path: readonly string[], target: CatalogueLinkTarget): LinkField =>
  ({ kind: 'catalogue', field: path.join('.'), path, table: linkTableName(register, path), references: target });

/** Catalogue lists inside nested objects (not inside lists: those have no single owner row to hang from). */
function nestedCatalogueLinks(register: RegisterName, node: SchemaNode, path: readonly string[], out: LinkField[]): void {
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
    const at = [...path, key];
    const itemRef = child.type === 'array' ? (child.items as SchemaNode)[REF_KEYWORD] : undefined;
    if (isCatalogueLinkTarget(itemRef)) out.push(catalogueLink(register, at, itemRef));
    else if (child.type === 'object') nestedCatalogueLinks(register, child, at, out);
  }
}

function layoutOf(register: RegisterName): TableLayout {
  const { schema, label } = registers[register];
  const properties = schema.properties as Record<string, SchemaNode>;
  const columns: ColumnField[] = [];
  const links: LinkField[] = [];
  for (const [field, node] of Object.entries(properties)) {
    if (field === 'id') continue;
    const ref = node[REF_KEYWORD];
    const items = node.type === 'array' ? (node.items as SchemaNode) : undefined;
    const itemRef = items?.[REF_KEYWORD];
    if (typeof itemRef === 'string' && isRegisterName(itemRef)) {
      links.push({ kind: 'register', field, path: [field], table: linkTableName(register, field), references: itemRef });
      continue;
    }
    if (isCatalogueLinkTarget(itemRef)) {
      links.push(catalogueLink(register, [field], itemRef));
      continue;
    }
    if (node.type === 'object') nestedCatalogueLinks(register, node, [field], links);
    const isColumn = field === label || field === 'status' || node.format === 'date' || typeof ref === 'string';
    if (!isColumn) continue;
    // Columns are text on both databases; a non-text field here means the schema moved and a migration is due.
    if (node.type !== 'string') throw new Error(`layout: ${register}.${field} would be a text column but is ${String(node.type)}`);
    columns.push({
      field,
      column: columnNameOf(field),
      ...(typeof ref === 'string' && isRegisterName(ref) ? { references: ref } : {}),
    });
  }
  return {
    register,
    table: registerTableName(register),
    labelColumn: label === 'id' ? 'id' : columnNameOf(label),
    columns,
    links,
  };
}

/** The link table holding the items of the list at a reference site's path (`refs.*`, `treatment.controlIds.*`), if any. */
export function linkAt(links: readonly LinkField[], path: readonly string[]): LinkField | undefined {
  if (path[path.length - 1] !== '*') return undefined;
  return links.find((l) => l.path.length === path.length - 1 && l.path.every((key, i) => key === path[i]));
}

/** The layout of every register, in register order. */
export const layouts: { readonly [R in RegisterName]: TableLayout } = Object.fromEntries(
  registerNames.map((r) => [r, layoutOf(r)]),
) as { [R in RegisterName]: TableLayout };
