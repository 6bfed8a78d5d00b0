// Sessions, API tokens, failed sign-ins and the setup token, as rows every app server reads: no server keeps state.
// Secrets are stored as their SHA-256 only; the callers hash, the store compares hashes.
import type { AimsDatabase } from './database.ts';
import type { Row } from './tables.ts';
import { inTransaction } from './transaction.ts';

export interface SessionRow {
  readonly idHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

const toSession = (r: Row): SessionRow => ({
  idHash: r.id_hash as string, userId: r.user_id as string, csrfToken: r.csrf_token as string,
  createdAt: r.created_at as string, expiresAt: r.expires_at as string,
});

/** A new session; the one the browser held before (if any) is ended in the same transaction: ids rotate at sign-in. */
export function insertSession(db: AimsDatabase, session: SessionRow, replacing?: string): Promise<void> {
  return inTransaction(db, 'write', async (trx) => {
    if (replacing) await trx.deleteFrom('sessions').where('id_hash', '=', replacing).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', session.userId).where('expires_at', '<', session.createdAt).execute();
    await trx.insertInto('sessions').values({
      id_hash: session.idHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: session.createdAt, expires_at: session.expiresAt,
    }).execute();
  });
}

/** The session with this id hash if it has not expired at `now`. */
export async function findSession(db: AimsDatabase, idHash: string, now: string): Promise<SessionRow | undefined> {
  const row = await db.kysely.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
  return row ? toSession(row) : undefined;
}

export async function deleteSession(db: AimsDatabase, idHash: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of the user, but the one kept (the caller's own, after a password change). */
export async function deleteSessionsOf(db: AimsDatabase, userId: string, keep?: string): Promise<number> {
  let query = db.kysely.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('id_hash', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface ApiTokenRow {
  readonly id: string;
  readonly tokenHash: string;
  readonly userId: string;
  readonly organisationId: string;
  readonly role: string;
  readonly name: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

const toToken = (r: Row): ApiTokenRow => ({
  id: r.id as string, tokenHash: r.token_hash as string, userId: r.user_id as string, organisationId: r.organisation_id as string,
  role: r.role as string, name: (r.name as string | null) ?? null, createdAt: r.created_at as string, expiresAt: r.expires_at as string,
});

export async function insertApiToken(db: AimsDatabase, token: ApiTokenRow): Promise<void> {
  await db.kysely.insertInto('api_tokens').values({
    id: token.id, token_hash: token.tokenHash, user_id: token.userId, organisation_id: token.organisationId, role: token.role,
    name: token.name, created_at: token.createdAt, expires_at: token.expiresAt, revoked_at: null,
  }).execute();
}

/** The token with this hash if it is neither revoked nor expired at `now`. */
export async function findApiToken(db: AimsDatabase, tokenHash: string, now: string): Promise<ApiTokenRow | undefined> {
  const row = await db.kysely.selectFrom('api_tokens').selectAll()
    .where('token_hash', '=', tokenHash).where('expires_at', '>', now).where('revoked_at', 'is', null).executeTakeFirst();
  return row ? toToken(row) : undefined;
}

/** A token as its owner sees it in a list: everything but the hash. */
export interface ApiTokenListing extends Omit<ApiTokenRow, 'tokenHash'> {
  readonly revokedAt: string | null;
}

/** Every token of a user, newest first, revoked and expired ones included (a list shows them as such). */
export async function apiTokensOf(db: AimsDatabase, userId: string): Promise<ApiTokenListing[]> {
  const rows = await db.kysely.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => {
    const { tokenHash: _hash, ...rest } = toToken(r);
    return { ...rest, revokedAt: (r.revoked_at as string | null) ?? null };
  });
}

/** Revokes one token of the user; false when the user has no such token, or it was revoked already. */
export async function revokeApiTokenRow(db: AimsDatabase, userId: string, id: string, at: string): Promise<boolean> {
  const result = await db.kysely.updateTable('api_tokens').set({ revoked_at: at })
    .where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type FailureScope = 'account' | 'address';

/** Records a failed sign-in against the account and the address, and drops rows older than `keepAfter`. */
export function recordSignInFailure(db: AimsDatabase, subjects: Readonly<Record<FailureScope, string>>, at: string, keepAfter: string): Promise<void> {
  return inTransaction(db, 'write', async (trx) => {
    await trx.deleteFrom('sign_in_failures').where('at', '<', keepAfter).execute();
    await trx.insertInto('sign_in_failures').values([
      { scope: 'account', subject: subjects.account, at },
      { scope: 'address', subject: subjects.address, at },
    ]).execute();
  });
}

/** Failed sign-ins of one account or address since `since`. */
export async function countSignInFailures(db: AimsDatabase, scope: FailureScope, subject: string, since: string): Promise<number> {
  const row = await db.kysely.selectFrom('sign_in_failures').select((eb) => eb.fn.countAll().as('n'))
    .where('scope', '=', scope).where('subject', '=', subject).where('at', '>=', since).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A successful sign-in clears the account's failures (not the address's: one address may try many accounts). */
export async function clearAccountFailures(db: AimsDatabase, account: string): Promise<void> {
  await db.kysely.deleteFrom('sign_in_failures').where('scope', '=', 'account').where('subject', '=', account).execute();
}

/** Replaces any earlier setup token: only the last one printed works. */
export function replaceSetupToken(db: AimsDatabase, tokenHash: string, at: string, expiresAt: string): Promise<void> {
  return inTransaction(db, 'write', async (trx) => {
    await trx.deleteFrom('setup_tokens').execute();
    await trx.insertInto('setup_tokens').values({ token_hash: tokenHash, created_at: at, expires_at: expiresAt }).execute();
  });
}

export async function setupTokenValid(db: AimsDatabase, tokenHash: string, now: string): Promise<boolean> {
  const row = await db.kysely.selectFrom('setup_tokens').select('token_hash').where('token_hash', '=', tokenHash).where('expires_at', '>', now).executeTakeFirst();
  return row !== undefined;
}

export async function insertInvitation(db: AimsDatabase, tokenHash: string, userId: string, at: string, expiresAt: string): Promise<void> {
  await db.kysely.insertInto('invitations').values({ token_hash: tokenHash, user_id: userId, created_at: at, expires_at: expiresAt }).execute();
}

/** Uses an invitation once: the user it was for, and the invitation is gone. */
export function takeInvitation(db: AimsDatabase, tokenHash: string, now: string): Promise<string | undefined> {
  return inTransaction(db, 'write', async (trx) => {
    const row = await trx.selectFrom('invitations').select('user_id').where('token_hash', '=', tokenHash).where('expires_at', '>', now).executeTakeFirst();
    if (!row) return undefined;
    await trx.deleteFrom('invitations').where('user_id', '=', row.user_id as string).execute();
    return row.user_id as string;
  });
}
