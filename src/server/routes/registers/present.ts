// A stored record as the API answers it: the record, its version, and what the caller may do to it.
import type { RegisterName } from '../../../domain/index.ts';
import { allowedActions, permission, type MemberActor } from '../../../policies/index.ts';
import type { StoredRecord } from '../../../store/index.ts';

export function presentRecord(member: MemberActor, register: RegisterName, stored: StoredRecord) {
  const actions = allowedActions(member, { kind: 'record', register, record: stored.record }).filter((a) => a !== 'create');
  return { record: stored.record, version: stored.version, allowedActions: actions };
}

/** What the caller may do with the register itself: create a record (possibly only one they own). */
export const registerActions = (member: MemberActor, register: RegisterName) =>
  (permission(member, 'create', { kind: 'record', register }) === 'no' ? [] : ['create' as const]);
