// What every check uses to name records: subjects (register, id, label) and short lists in messages.
import { registers, type AimsSnapshot, type RecordOf, type RegisterName } from '../domain/index.ts';
import type { Subject } from './types.ts';

/** The AIMS as a whole, for findings about something missing altogether or about a pattern. */
export function organisationSubject(aims: Pick<AimsSnapshot, 'organisation'>): Subject {
  return { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name };
}

/** The label a register names its records by (`name`, `title` …), falling back to the id. */
export function labelOf<R extends RegisterName>(register: R, record: RecordOf<R>): string {
  const value = (record as Record<string, unknown>)[registers[register].label];
  return typeof value === 'string' && value.trim() !== '' ? value : record.id;
}

export function subjectOf<R extends RegisterName>(register: R, record: RecordOf<R>, label?: string): Subject {
  return { register, id: record.id, label: label ?? labelOf(register, record) };
}

/** `a`, `a and b`, `a, b and c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The first `max` items joined, then "and N more", so a message stays readable at scale. */
export function someOf(items: readonly string[], max = 5): string {
  if (items.length <= max) return joinList(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** `1 corrective action`, `3 corrective actions`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
