// Who may do what: roles, the rule table and the functions that decide with it.
export * from './roles.ts';
export * from './actor.ts';
export * from './subjects.ts';
export { authorize, can, permission, allowedActions, readFilter, rules, type Rule } from './authorize.ts';
export { OWNER_FIELDS, AUDITED_REGISTERS, ownsRecord, assignedAuditor } from './rules.ts';
