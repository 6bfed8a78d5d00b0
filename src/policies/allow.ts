// The machinery of declarative policies: allow(role, action, subject, predicate?) adds a rule to the table.
import type { RegisterName } from '../domain/index.ts';
import type { MemberActor } from './actor.ts';
import type { Role } from './roles.ts';
import type { Action, Subject, SubjectKind } from './subjects.ts';

/** Which subjects a rule covers: a kind, or records of some registers only. */
export type SubjectMatch = SubjectKind | { readonly registers: readonly RegisterName[] };

/** A rule's condition on one subject; a rule without one allows every subject it matches. */
export type Predicate = (actor: MemberActor, subject: Subject) => boolean;

export interface Rule {
  readonly roles: readonly Role[];
  readonly actions: readonly Action[];
  readonly subject: SubjectMatch;
  readonly predicate?: Predicate;
  /** For a predicate on records: the same condition as list filters (field → value), so lists hold only what it allows. */
  readonly listFilter?: (actor: MemberActor) => Readonly<Record<string, string>>;
  /** The rule in words, for docs and the route list. */
  readonly description: string;
}

export const rules: Rule[] = [];

const list = <T>(x: T | readonly T[]): readonly T[] => (Array.isArray(x) ? x : [x as T]);

export function allow(
  role: Role | readonly Role[],
  action: Action | readonly Action[],
  subject: SubjectMatch,
  predicate?: Predicate,
  options: { readonly description?: string; readonly listFilter?: Rule['listFilter'] } = {},
): void {
  rules.push({
    roles: list(role), actions: list(action), subject,
    ...(predicate ? { predicate } : {}),
    ...(options.listFilter ? { listFilter: options.listFilter } : {}),
    description: options.description ?? '',
  });
}

export function matches(match: SubjectMatch, subject: Subject): boolean {
  if (typeof match === 'string') return match === subject.kind;
  return subject.kind === 'record' && match.registers.includes(subject.register);
}
