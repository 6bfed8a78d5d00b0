// Who answers for a record or a role: resolves an owner (a person, or a role that may be a committee) to named
// individuals, the way 5.3 and A.3.2 expect accountability to end with a person rather than a body.
import type { Person, Role, SnapshotIndex } from '../model/index.ts';

/** A record that may be owned by a person, a role, or both (`ownedBy()` in the model). */
export interface Owned {
  readonly ownerId?: string | undefined;
  readonly ownerRoleId?: string | undefined;
}

export type RoleAccountability =
  /** An individual role with at least one active holder, or a committee with an active named chair. */
  | { readonly kind: 'named'; readonly personIds: readonly string[] }
  | { readonly kind: 'committee-without-chair' }
  | { readonly kind: 'unheld' };

export type Accountability =
  | { readonly kind: 'person'; readonly personId: string }
  | { readonly kind: 'role'; readonly roleId: string; readonly personIds: readonly string[] }
  | { readonly kind: 'committee-without-chair'; readonly roleId: string }
  | { readonly kind: 'unheld-role'; readonly roleId: string }
  /** The owner named is not (or no longer) an active person, and no role stands in. */
  | { readonly kind: 'inactive-owner'; readonly personId: string }
  /** The owner reference points at no person and no role of this organisation. */
  | { readonly kind: 'unknown-owner'; readonly ref: string }
  | { readonly kind: 'none' };

/** A person who has left (`active: false`) cannot be interviewed or held to account. */
export function isActivePerson(person: Person | undefined): boolean {
  return person !== undefined && person.active !== false;
}

export function roleAccountability(role: Role, index: SnapshotIndex): RoleAccountability {
  if (role.kind === 'committee') {
    const chair = role.accountableChairId === undefined ? undefined : index.persons.get(role.accountableChairId);
    return chair && isActivePerson(chair) ? { kind: 'named', personIds: [chair.id] } : { kind: 'committee-without-chair' };
  }
  const holders = role.holderIds.filter((id) => isActivePerson(index.persons.get(id)));
  return holders.length > 0 ? { kind: 'named', personIds: holders } : { kind: 'unheld' };
}

/** Whether accountability for a record ends with a named, active individual, and if not, why not. */
export function ownerAccountability(owned: Owned, index: SnapshotIndex): Accountability {
  let inactive: string | undefined;
  let unknown: string | undefined;
  if (owned.ownerId !== undefined) {
    const person = index.persons.get(owned.ownerId);
    if (person && isActivePerson(person)) return { kind: 'person', personId: person.id };
    if (person) inactive = person.id;
    else unknown = owned.ownerId;
  }
  if (owned.ownerRoleId !== undefined) {
    const role = index.roles.get(owned.ownerRoleId);
    if (role) {
      const standing = roleAccountability(role, index);
      if (standing.kind === 'named') return { kind: 'role', roleId: role.id, personIds: standing.personIds };
      if (standing.kind === 'committee-without-chair') return { kind: 'committee-without-chair', roleId: role.id };
      return { kind: 'unheld-role', roleId: role.id };
    }
    unknown ??= owned.ownerRoleId;
  }
  if (inactive !== undefined) return { kind: 'inactive-owner', personId: inactive };
  if (unknown !== undefined) return { kind: 'unknown-owner', ref: unknown };
  return { kind: 'none' };
}

/** Whether the accountability reaches a named individual. */
export const isAccountable = (a: Accountability): boolean => a.kind === 'person' || a.kind === 'role';
