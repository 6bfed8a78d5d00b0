// Who is calling: a session cookie (looked up in the database) or a bearer API token; nothing is kept in memory.
import '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/index.ts';
import { isRole, type Actor } from '../../policies/index.ts';
import { hashSecret } from '../../services/accounts/secrets.ts';
import { findApiToken, findSession, findUserById, type AimsDatabase, type SessionRow } from '../../store/index.ts';

export const SESSION_COOKIE = 'aims_session';

export interface Authenticated {
  readonly actor: Actor;
  /** The session, for cookie requests: its CSRF token and its id hash (for sign-out). */
  readonly session?: SessionRow;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
  return match[1];
}

/** The caller, or undefined when the request carries no credentials; invalid credentials are refused (401). */
export async function authenticate(db: AimsDatabase, request: FastifyRequest, now: string): Promise<Authenticated | undefined> {
  const bearer = bearerOf(request);
  if (bearer !== undefined) {
    const token = await findApiToken(db, hashSecret(bearer), now);
    const user = token ? await findUserById(db, token.userId) : undefined;
    if (!token || !user || !isRole(token.role)) throw new AppError('unauthenticated', 'The API token is not valid: unknown, revoked or expired. Create a new one with `aims token create`.');
    return {
      actor: { userId: user.id, email: user.email, installationAdmin: false, via: 'token', token: { id: token.id, organisationId: token.organisationId, role: token.role } },
    };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const session = await findSession(db, hashSecret(cookie), now);
  const user = session ? await findUserById(db, session.userId) : undefined;
  // A stale cookie is no identity: the caller is anonymous (and public routes such as sign-in still work).
  if (!session || !user) return undefined;
  return { actor: { userId: user.id, email: user.email, installationAdmin: user.installationAdmin, via: 'session' }, session };
}
