// Reads a register's TypeBox schema into field descriptions that the list columns and the form are built from.
import type { TSchema } from '@sinclair/typebox';
import { RECORD_REF_KEYWORD, REF_KEYWORD } from '../../domain/model/primitives.ts';
import { registers, type RegisterName } from '../../domain/model/registers.ts';

export type Field =
  | { readonly kind: 'text' | 'date' | 'datetime' | 'integer' | 'number' | 'boolean'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string; readonly min?: number; readonly max?: number }
  | { readonly kind: 'enum'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string; readonly options: readonly string[] }
  | { readonly kind: 'enums'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string; readonly options: readonly string[] }
  | { readonly kind: 'ref' | 'refs'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string; readonly target: string }
  | { readonly kind: 'texts'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string }
  | { readonly kind: 'recordRef'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string }
  | { readonly kind: 'object'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string; readonly fields: readonly Field[] }
  | { readonly kind: 'objects'; readonly key: string; readonly label: string; readonly required: boolean; readonly description?: string; readonly fields: readonly Field[] };

type S = TSchema & Record<string, unknown>;

/** `residualAcceptedById` → "Residual accepted by"; `euAiActRole` → "EU AI Act role". */
export function labelOf(key: string): string {
  const words = key
    .replace(/Ids?$/, (m) => (m === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/\bEu Ai Act\b/i, 'EU AI Act')
    .replace(/\bAi\b/g, 'AI')
    .replace(/\bSoa\b/g, 'SoA')
    .toLowerCase()
    .replace(/\bai\b/g, 'AI').replace(/\beu ai act\b/g, 'EU AI Act').replace(/\bsoa\b/g, 'SoA').replace(/\bid\b/g, 'ID');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldOf(key: string, schema: S, required: boolean): Field {
  const base = { key, label: labelOf(key), required, ...(typeof schema.description === 'string' ? { description: schema.description } : {}) };
  if (typeof schema[REF_KEYWORD] === 'string') return { ...base, kind: 'ref', target: schema[REF_KEYWORD] as string };
  if (schema[RECORD_REF_KEYWORD] === true) return { ...base, kind: 'recordRef' };
  if (Array.isArray(schema.enum)) return { ...base, kind: 'enum', options: schema.enum as string[] };
  if (schema.type === 'boolean') return { ...base, kind: 'boolean' };
  if (schema.type === 'integer' || schema.type === 'number') {
    return { ...base, kind: schema.type, ...(typeof schema.minimum === 'number' ? { min: schema.minimum } : {}), ...(typeof schema.maximum === 'number' ? { max: schema.maximum } : {}) };
  }
  if (schema.type === 'string') return { ...base, kind: schema.format === 'date' ? 'date' : schema.format === 'date-time' ? 'datetime' : 'text' };
  if (schema.type === 'object') return { ...base, kind: 'object', fields: fieldsOf(schema) };
  if (schema.type === 'array') {
    const items = schema.items as S;
    if (typeof items[REF_KEYWORD] === 'string') return { ...base, kind: 'refs', target: items[REF_KEYWORD] as string };
    if (Array.isArray(items.enum)) return { ...base, kind: 'enums', options: items.enum as string[] };
    if (items.type === 'object') return { ...base, kind: 'objects', fields: fieldsOf(items) };
    return { ...base, kind: 'texts' };
  }
  return { ...base, kind: 'text' };
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: TSchema): Field[] {
  const s = schema as S;
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries((s.properties ?? {}) as Record<string, S>).map(([key, child]) => fieldOf(key, child, required.has(key)));
}

const cache = new Map<RegisterName, Field[]>();
export function registerFields(register: RegisterName): Field[] {
  let fields = cache.get(register);
  if (!fields) {
    fields = fieldsOf(registers[register].schema);
    cache.set(register, fields);
  }
  return fields;
}

/** Fields a list can show in a column: one value per record. */
export function columnFields(register: RegisterName): Field[] {
  return registerFields(register).filter((f) => ['text', 'date', 'datetime', 'integer', 'number', 'boolean', 'enum', 'ref', 'refs', 'enums'].includes(f.kind));
}

/** The columns a list shows before the user chooses: the label, then status, owner and dates. */
export function defaultColumns(register: RegisterName): string[] {
  const label = registers[register].label;
  const fields = columnFields(register);
  const wanted = [label, 'id', 'status', 'applicable', 'implementationStatus', 'ownerId', 'likelihood', 'consequence', 'aiSystemId', 'severity', 'kind', 'dueDate', 'nextReviewDue', 'reviewDue', 'assessedOn', 'evidenceDate', 'validUntil', 'date'];
  const picked = wanted.filter((k) => fields.some((f) => f.key === k));
  for (const f of fields) if (picked.length < 5 && !picked.includes(f.key) && f.kind !== 'refs') picked.push(f.key);
  return picked.slice(0, 6);
}

/** An empty record of a register, with the lists and required booleans a valid record needs. */
export function emptyRecord(fields: readonly Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!f.required) continue;
    if (f.kind === 'refs' || f.kind === 'texts' || f.kind === 'objects' || f.kind === 'enums') out[f.key] = [];
    else if (f.kind === 'boolean') out[f.key] = false;
    else if (f.kind === 'object') out[f.key] = emptyRecord(f.fields);
  }
  return out;
}
