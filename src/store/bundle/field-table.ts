// Describes a register's fields for docs/bundle.md from its schema: name, whether required, type, references, notes.
import type { TSchema } from '@sinclair/typebox';
import { describeTarget, RECORD_REF_KEYWORD, REF_KEYWORD } from '../../domain/index.ts';

export interface FieldRow {
  readonly field: string;
  readonly required: boolean;
  readonly type: string;
  readonly notes: string;
}

type S = TSchema & Record<string, unknown>;

const targetWords = (target: string) => describeTarget(target).replace(/^ISO\/IEC 42001 clause$/, 'clause');

function typeOf(s: S): string {
  if (typeof s[REF_KEYWORD] === 'string') return `reference → ${targetWords(s[REF_KEYWORD] as string)}`;
  if (s[RECORD_REF_KEYWORD] === true) return '`{register, id}` of a record of any register';
  if (Array.isArray(s.enum)) return `one of: ${(s.enum as string[]).map((v) => `\`${v}\``).join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.format === 'date') return 'date `YYYY-MM-DD`';
      if (s.format === 'date-time') return 'date and time (ISO 8601)';
      if (s.format === 'email') return 'email address';
      if (s.format === 'uri') return 'URL';
      if (s.pattern === '^[0-9a-f]{64}$') return 'SHA-256 (64 hex digits)';
      if (typeof s.pattern === 'string' && s.pattern.startsWith('^[A-Za-z0-9]')) return 'id';
      if (s.pattern === '^[A-Z]{3}$') return 'currency code, e.g. `GBP`';
      return 'text';
    case 'integer':
      return s.minimum !== undefined && s.maximum !== undefined ? `whole number ${String(s.minimum)}–${String(s.maximum)}` : s.minimum !== undefined ? `whole number ≥ ${String(s.minimum)}` : 'whole number';
    case 'number':
      return s.minimum !== undefined ? `number ≥ ${String(s.minimum)}` : 'number';
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      const item = typeOf(s.items as S);
      return `list of ${item.startsWith('reference → ') ? item.replace('reference', 'references') : item}${s.minItems ? ` (at least ${String(s.minItems)})` : ''}`;
    }
    case 'object':
      return 'fields below';
    default:
      return String(s.type ?? 'any');
  }
}

/** Rows for every field of an object schema, nested fields written `parent.child` and list items `list[].child`. */
export function fieldRows(schema: TSchema, prefix = ''): FieldRow[] {
  const s = schema as S;
  const properties = (s.properties ?? {}) as Record<string, S>;
  const required = new Set((s.required ?? []) as string[]);
  const rows: FieldRow[] = [];
  for (const [name, child] of Object.entries(properties)) {
    const field = `${prefix}${name}`;
    const notes = typeof child.description === 'string' ? child.description : '';
    rows.push({ field, required: required.has(name), type: typeOf(child), notes });
    if (child.type === 'object' && child[RECORD_REF_KEYWORD] !== true) rows.push(...fieldRows(child, `${field}.`));
    const items = child.items as S | undefined;
    if (child.type === 'array' && items?.type === 'object' && items[RECORD_REF_KEYWORD] !== true) {
      rows[rows.length - 1] = { ...rows[rows.length - 1]!, type: 'list of entries with the fields below' };
      rows.push(...fieldRows(items, `${field}[].`));
    }
  }
  return rows;
}

/** A Markdown table of the rows. */
export function fieldTable(rows: readonly FieldRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '| field | required | type | notes |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.field}\` | ${r.required ? 'yes' : ''} | ${cell(r.type)} | ${cell(r.notes)} |`),
  ].join('\n');
}
