// What an action is done to: a record of a register (or the register as a whole), or a part of the organisation.
import type { AnyRecord, RegisterName } from '../domain/index.ts';

export type Subject =
  /** A register's record; without `record`, the register itself (listing it, or a record not yet known). */
  | { readonly kind: 'record'; readonly register: RegisterName; readonly record?: AnyRecord }
  /** The organisation: its profile, readiness, dashboard, certification records, audit trail. */
  | { readonly kind: 'organisation' }
  /** The organisation's members and their roles. */
  | { readonly kind: 'members' }
  /** An external audit's information requests (evidence requests). */
  | { readonly kind: 'evidence-request'; readonly auditId?: string };

export type SubjectKind = Subject['kind'];

export const actions = [
  'read', 'create', 'update', 'delete', 'read-history', 'approve',
  // The workflows of the Standard on one record (src/services): each a step of its own, so roles differ.
  'accept-residual', 'record-gate-decision', 'close',
  'read-readiness', 'verify-audit-trail', 'manage-members', 'read-members',
] as const;
export type Action = (typeof actions)[number];

/** The actions that make sense on each kind of subject: what allowedActions reports. */
export const actionsOf: Readonly<Record<SubjectKind, readonly Action[]>> = {
  record: ['read', 'create', 'update', 'delete', 'read-history', 'approve', 'accept-residual', 'record-gate-decision', 'close'],
  organisation: ['read', 'read-readiness', 'verify-audit-trail'],
  members: ['read-members', 'manage-members'],
  'evidence-request': ['read', 'create', 'update'],
};

export const recordSubject = (register: RegisterName, record?: AnyRecord): Subject =>
  (record ? { kind: 'record', register, record } : { kind: 'record', register });
