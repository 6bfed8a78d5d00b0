// Accounts of the installation: users and their memberships of organisations (role, linked Person, audit access).
import { AppError } from '../domain/index.ts';
import type { AimsDatabase } from './database.ts';
import type { Row, StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';
import { AuditChain, flushAuditChain } from './audit-log.ts';
import { lockOrganisation } from './writer.ts';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly passwordHash: string;
  readonly installationAdmin: boolean;
  readonly createdAt: string;
}

export interface MembershipRow {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: string;
  readonly personId: string | null;
  readonly externalAuditId: string | null;
  readonly accessFrom: string | null;
  readonly accessUntil: string | null;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const toUser = (r: Row): UserRow => ({
  id: r.id as string, email: r.email as string, name: (r.name as string | null) ?? null, passwordHash: r.password_hash as string,
  installationAdmin: Number(r.installation_admin) === 1, createdAt: r.created_at as string,
});

const toMembership = (r: Row): MembershipRow => ({
  userId: r.user_id as string, organisationId: r.organisation_id as string, role: r.role as string,
  personId: (r.person_id as string | null) ?? null, externalAuditId: (r.external_audit_id as string | null) ?? null,
  accessFrom: (r.access_from as string | null) ?? null, accessUntil: (r.access_until as string | null) ?? null,
});

export async function countUsers(db: AimsDatabase): Promise<number> {
  const row = await db.kysely.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findUserByEmail(db: AimsDatabase, email: string): Promise<UserRow | undefined> {
  const row = await db.kysely.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserById(db: AimsDatabase, id: string): Promise<UserRow | undefined> {
  const row = await db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export interface NewUser {
  readonly id: string;
  readonly email: string;
  readonly name?: string;
  readonly passwordHash: string;
  readonly installationAdmin: boolean;
}

async function insertUser(trx: StoreDb, user: NewUser, at: string): Promise<void> {
  await trx.insertInto('users').values({
    id: user.id, email: normaliseEmail(user.email), name: user.name ?? null, password_hash: user.passwordHash,
    installation_admin: user.installationAdmin ? 1 : 0, created_at: at, updated_at: at,
  }).execute();
}

/** The person of the organisation whose email is the user's, for linking a member to their records. */
async function personByEmail(trx: StoreDb, organisationId: string, email: string): Promise<string | null> {
  const rows = await trx.selectFrom('persons').select(['id', 'data']).where('organisation_id', '=', organisationId).execute();
  const wanted = normaliseEmail(email);
  const found = rows.find((r) => {
    const person = JSON.parse(r.data as string) as { email?: string };
    return typeof person.email === 'string' && normaliseEmail(person.email) === wanted;
  });
  return found ? (found.id as string) : null;
}

/**
 * The first account: installation administrator and owner of every organisation present, created only while the
 * installation has none (the `installation` row makes a second, concurrent first-run fail instead of succeeding).
 */
export function insertFirstOwner(db: AimsDatabase, user: NewUser, at: string): Promise<{ organisations: string[] }> {
  return inTransaction(db, 'write', async (trx) => {
    const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    const initialised = await trx.selectFrom('installation').select('id').executeTakeFirst();
    if (existing || initialised) {
      throw new AppError('already_exists', 'This installation already has an account; sign in, or ask an administrator to add you.');
    }
    await trx.insertInto('installation').values({ id: 1, initialised_at: at }).execute();
    await insertUser(trx, { ...user, installationAdmin: true }, at);
    const organisations = (await trx.selectFrom('organisations').select('id').execute()).map((r) => r.id as string).sort();
    const email = normaliseEmail(user.email);
    for (const organisationId of organisations) {
      await trx.insertInto('memberships').values({
        user_id: user.id, organisation_id: organisationId, role: 'owner', person_id: await personByEmail(trx, organisationId, user.email),
        external_audit_id: null, access_from: null, access_until: null, created_at: at, updated_at: at,
      }).execute();
      // Who holds access to an organisation is part of its record: the first owner's membership enters each
      // organisation's trail like every later one (add-member, create-organisation), so verify-log can prove it.
      const head = await lockOrganisation(trx, db.dialect, organisationId);
      const chain = new AuditChain(organisationId, head!, email, at);
      chain.append('create', MEMBERSHIPS_REGISTER, user.id, null, membershipContent(email, 'owner'));
      await flushAuditChain(trx, chain);
    }
    await trx.deleteFrom('setup_tokens').execute();
    return { organisations };
  });
}

/** The register name of memberships in the audit trail. */
export const MEMBERSHIPS_REGISTER = 'memberships';

/** What the trail records of a membership: who (by email) holds which role. */
export const membershipContent = (email: string, role: string): string => JSON.stringify({ email, role });

/** Memberships as their audit entries record them, for verify-log to compare with the trail. */
export const membershipRows = {
  register: MEMBERSHIPS_REGISTER,
  async read(trx: StoreDb, organisationId: string): Promise<{ id: string; content: string }[]> {
    const rows = await trx.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['memberships.user_id as userId', 'memberships.role as role', 'users.email as email'])
      .where('memberships.organisation_id', '=', organisationId).execute();
    return rows.map((r) => ({ id: r.userId as string, content: membershipContent(r.email as string, r.role as string) }));
  },
};

/** A user created by an administrator (a member added by email who had no account yet). */
export function insertUserRecord(db: AimsDatabase, user: NewUser, at: string): Promise<void> {
  return inTransaction(db, 'write', (trx) => insertUser(trx, user, at));
}

export async function updatePasswordHash(db: AimsDatabase, userId: string, passwordHash: string, at: string): Promise<void> {
  await db.kysely.updateTable('users').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', userId).execute();
}

export async function membershipsOf(db: AimsDatabase, userId: string): Promise<MembershipRow[]> {
  const rows = await db.kysely.selectFrom('memberships').selectAll().where('user_id', '=', userId).orderBy('organisation_id').execute();
  return rows.map(toMembership);
}

export async function membershipIn(db: AimsDatabase, userId: string, organisationId: string): Promise<MembershipRow | undefined> {
  const row = await db.kysely.selectFrom('memberships').selectAll()
    .where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return row ? toMembership(row) : undefined;
}

export interface MemberRow extends MembershipRow {
  readonly email: string;
  readonly name: string | null;
}

export async function membersOf(db: AimsDatabase, organisationId: string): Promise<MemberRow[]> {
  const rows = await db.kysely.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .selectAll('memberships').select(['users.email as email', 'users.name as name'])
    .where('memberships.organisation_id', '=', organisationId).orderBy('users.email').execute();
  return rows.map((r) => ({ ...toMembership(r), email: r.email as string, name: (r.name as string | null) ?? null }));
}

export interface MembershipChange {
  readonly role: string;
  readonly personId?: string | null;
  readonly externalAuditId?: string | null;
  readonly accessFrom?: string | null;
  readonly accessUntil?: string | null;
}

/** Adds or replaces a membership, inside a transaction of the caller (the organisation's writer). */
export async function upsertMembership(trx: StoreDb, userId: string, organisationId: string, email: string, change: MembershipChange, at: string): Promise<MembershipRow> {
  const personId = change.personId ?? (await personByEmail(trx, organisationId, email));
  const values = {
    role: change.role, person_id: personId, external_audit_id: change.externalAuditId ?? null,
    access_from: change.accessFrom ?? null, access_until: change.accessUntil ?? null, updated_at: at,
  };
  const existing = await trx.selectFrom('memberships').select('user_id')
    .where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirst();
  if (existing) {
    await trx.updateTable('memberships').set(values).where('user_id', '=', userId).where('organisation_id', '=', organisationId).execute();
  } else {
    await trx.insertInto('memberships').values({ user_id: userId, organisation_id: organisationId, ...values, created_at: at }).execute();
  }
  const row = await trx.selectFrom('memberships').selectAll().where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
  return toMembership(row);
}

/** Removes a membership and the user's tokens for that organisation, inside the caller's transaction. */
export async function deleteMembership(trx: StoreDb, userId: string, organisationId: string): Promise<boolean> {
  const result = await trx.deleteFrom('memberships').where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirst();
  await trx.deleteFrom('api_tokens').where('user_id', '=', userId).where('organisation_id', '=', organisationId).execute();
  return Number(result.numDeletedRows) > 0;
}

/** Owners of the organisation, so that the last one is not removed or demoted. */
export async function ownerCount(trx: StoreDb, organisationId: string): Promise<number> {
  const row = await trx.selectFrom('memberships').select((eb) => eb.fn.countAll().as('n'))
    .where('organisation_id', '=', organisationId).where('role', '=', 'owner').executeTakeFirst();
  return Number(row?.n ?? 0);
}
