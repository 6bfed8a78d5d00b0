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

/** A top-level list of references to another register, stored as rows of a link table with its position. */
export interface LinkField {
  readonly field: string;
  readonly table: string;
  readonly references: RegisterName;
}

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

export const linkTableName = (register: RegisterName, field: string): string => `${registerTableName(register)}_${snakeCase(field)}`;

type SchemaNode = TSchema & Record<string, unknown>;

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
      links.push({ field, table: linkTableName(register, field), references: itemRef });
      continue;
    }
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

/** The layout of every register, in register order. */
export const layouts: { readonly [R in RegisterName]: TableLayout } = Object.fromEntries(
  registerNames.map((r) => [r, layoutOf(r)]),
) as { [R in RegisterName]: TableLayout };
