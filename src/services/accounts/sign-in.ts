// Signing in: checks the password, limits failed attempts per account and per address, and opens a new session.
import { AppError } from '../../domain/index.ts';
import {
  clearAccountFailures, countSignInFailures, findUserByEmail, insertSession, normaliseEmail, recordSignInFailure, type AimsDatabase,
} from '../../store/index.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { hashSecret, later, newSecret } from './secrets.ts';

export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Failed sign-ins allowed in the window before the account, or the address, must wait. */
export interface SignInLimits {
  readonly perAccount: number;
  readonly perAddress: number;
  readonly windowMs: number;
}

export const defaultSignInLimits: SignInLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

export interface SignInRequest {
  readonly email: string;
  readonly password: string;
  /** The client's address, as the server sees it (through trusted proxies). */
  readonly address: string;
  /** The id hash of the session the browser already had: it ends, so that a session id never survives sign-in. */
  readonly replacing?: string;
}

export interface OpenedSession {
  /** The cookie's value: shown to the browser once, stored only as its hash. */
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly userId: string;
  readonly expiresAt: string;
}

async function refuseWhenLimited(db: AimsDatabase, account: string, address: string, limits: SignInLimits, since: string): Promise<void> {
  const [byAccount, byAddress] = await Promise.all([
    countSignInFailures(db, 'account', account, since),
    countSignInFailures(db, 'address', address, since),
  ]);
  if (byAccount >= limits.perAccount || byAddress >= limits.perAddress) {
    const minutes = Math.ceil(limits.windowMs / 60_000);
    throw new AppError('rate_limited', `Too many failed sign-ins ${byAccount >= limits.perAccount ? 'for this account' : 'from this address'}; wait ${minutes} minutes and try again.`);
  }
}

export async function signIn(db: AimsDatabase, request: SignInRequest, limits: SignInLimits = defaultSignInLimits, now = new Date()): Promise<OpenedSession> {
  const account = normaliseEmail(request.email);
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  await refuseWhenLimited(db, account, request.address, limits, since);
  const user = await findUserByEmail(db, account);
  // A missing account costs the same scrypt as a wrong password, so timing does not tell which emails exist.
  const ok = await verifyPassword(request.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) {
    await recordSignInFailure(db, { account, address: request.address }, now.toISOString(), since);
    throw new AppError('unauthenticated', 'The email or the password is wrong.');
  }
  await clearAccountFailures(db, account);
  const sessionId = newSecret();
  const csrfToken = newSecret();
  const expiresAt = later(now, SESSION_LIFETIME_MS);
  await insertSession(db, { idHash: hashSecret(sessionId), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt }, request.replacing);
  return { sessionId, csrfToken, userId: user.id, expiresAt };
}
