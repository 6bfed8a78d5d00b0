// The form's value and errors addressed by the API's field paths (`treatment.controlIds[1]`).
import type { ErrorDetail } from '../../http/client.ts';

export type Value = Record<string, unknown>;

export const childPath = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/** A copy of `value` with `key` set, or removed when `next` is undefined (optional fields left empty). */
export function setKey(value: Value, key: string, next: unknown): Value {
  const copy = { ...value };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** JSON Pointer (`/treatment/controlIds/1`) or dotted path: both as `treatment.controlIds[1]`. */
export function normalisePath(field: string): string {
  if (!field.startsWith('/')) return field.replace(/^(record|body)\./, '');
  return field
    .split('/')
    .slice(1)
    .filter((p, i) => !(i === 0 && (p === 'record' || p === 'body')))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

export function errorMap(details: readonly ErrorDetail[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of details) {
    const path = normalisePath(d.field ?? '');
    map.set(path, map.has(path) ? `${map.get(path)}; ${d.message}` : d.message);
  }
  return map;
}

/** The error at a field, or at one of its list items (shown on the list when the item has no input of its own). */
export function errorAt(errors: ReadonlyMap<string, string>, path: string, includeItems = false): string | undefined {
  const own = errors.get(path);
  if (own || !includeItems) return own;
  for (const [p, m] of errors) if (p.startsWith(`${path}[`)) return `${p.slice(path.length)}: ${m}`;
  return undefined;
}
