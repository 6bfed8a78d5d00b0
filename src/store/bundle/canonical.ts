// Puts records in the one canonical shape the bundle writes: sorted by id, keys in schema order, absent fields omitted.
import type { TSchema } from '@sinclair/typebox';
import { byCodeUnit } from '../canonical.ts';

/**
 * A copy of `value` whose objects list their keys in the order the schema declares them, without undefined
 * fields. Keys the schema does not know (which validation refuses) come last, sorted, so nothing is lost.
 */
export function canonical(value: unknown, schema: TSchema | undefined): unknown {
  if (Array.isArray(value)) {
    const items = (schema as { items?: TSchema } | undefined)?.items;
    return value.map((item: unknown) => canonical(item, items));
  }
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const properties = ((schema as { properties?: Record<string, TSchema> } | undefined)?.properties ?? {});
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    if (source[key] !== undefined) out[key] = canonical(source[key], properties[key]);
  }
  for (const key of Object.keys(source).sort(byCodeUnit)) {
    if (!Object.hasOwn(properties, key) && source[key] !== undefined) out[key] = canonical(source[key], undefined);
  }
  return out;
}

/** Records of one register in bundle order: by id, code-unit comparison. */
export function sortById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => byCodeUnit(a.id, b.id));
}
