// Deciding with the rule table: authorize (throws, typed `asserts`), can, allowedActions, and list filters.
import { AppError } from '../domain/index.ts';
import type { MemberActor } from './actor.ts';
import { matches, rules, type Rule } from './allow.ts';
import './rules.ts';
import { actionsOf, type Action, type Subject } from './subjects.ts';

const applicable = (actor: MemberActor, action: Action, subject: Subject): Rule[] =>
  rules.filter((r) => r.roles.includes(actor.role) && r.actions.includes(action) && matches(r.subject, subject));

/**
 * Whether the actor may do `action` to `subject`. A subject without its record (a register, a record not loaded)
 * or evidence requests without their audit answer for what they could be: `'if'` when only rules with conditions apply.
 */
export function permission(actor: MemberActor, action: Action, subject: Subject): 'yes' | 'if' | 'no' {
  const found = applicable(actor, action, subject);
  if (found.length === 0) return 'no';
  if (found.some((r) => !r.predicate)) return 'yes';
  // A register without its record, or evidence requests without their audit, could go either way.
  const known = subject.kind === 'record' ? subject.record !== undefined : subject.kind === 'evidence-request' ? subject.auditId !== undefined : true;
  if (!known) return 'if';
  return found.some((r) => r.predicate!(actor, subject)) ? 'yes' : 'no';
}

export const can = (actor: MemberActor, action: Action, subject: Subject): boolean => permission(actor, action, subject) === 'yes';

/** Throws AppError forbidden unless the actor may do `action` to `subject`; not_found when there is no subject. */
export function authorize<S extends Subject>(actor: MemberActor, action: Action, subject: S | undefined): asserts subject is S {
  if (subject === undefined) throw new AppError('not_found', 'There is no such record in this organisation.');
  if (!can(actor, action, subject)) {
    const what = subject.kind === 'record' ? `${subject.register}${subject.record ? ` "${subject.record.id}"` : ''}` : subject.kind;
    throw new AppError('forbidden', `Your role "${actor.role}" may not ${action} ${what} in this organisation.`);
  }
}

/** The actions the actor may take on the subject, for the web app to show only what will work. */
export function allowedActions(actor: MemberActor, subject: Subject): Action[] {
  return actionsOf[subject.kind].filter((a) => can(actor, a, subject));
}

/**
 * For a list of a register: undefined when every record may be read, or the filters (field → value) that give
 * exactly the readable ones; `false` when none may be.
 */
export function readFilter(actor: MemberActor, subject: Subject): Readonly<Record<string, string>> | undefined | false {
  const found = applicable(actor, 'read', subject);
  if (found.some((r) => !r.predicate)) return undefined;
  const filtered = found.find((r) => r.listFilter);
  return filtered?.listFilter ? filtered.listFilter(actor) : false;
}

export { rules, type Rule } from './allow.ts';
