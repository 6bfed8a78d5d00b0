// Creates an API token for the CLI and CI: shown once, stored as its SHA-256, one organisation, one role, an expiry.
import { AppError, isValidIsoDate } from '../../domain/index.ts';
import { delegableRoles, isRole, roles, type Role } from '../../domain/member-roles.ts';
import { findUserByEmail, insertApiToken, membershipIn, type AimsDatabase } from '../../store/index.ts';
import { hashSecret, newId, newSecret } from './secrets.ts';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

export interface TokenRequest {
  readonly email: string;
  readonly organisationId: string;
  readonly role: string;
  /** The last day the token works (YYYY-MM-DD, UTC); 90 days from now by default, a year at most. */
  readonly expires?: string;
  readonly name?: string;
}

export interface CreatedToken {
  readonly id: string;
  readonly token: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly expiresAt: string;
}

function expiryOf(expires: string | undefined, now: Date): string {
  const day = 24 * 60 * 60 * 1000;
  if (expires === undefined) return new Date(now.getTime() + DEFAULT_TOKEN_DAYS * day).toISOString();
  if (!isValidIsoDate(expires)) throw new AppError('invalid_input', `--expires must be a date as YYYY-MM-DD; got "${expires}".`, [{ field: 'expires', message: 'not a date' }]);
  // The token works through the whole of its last day (UTC).
  const end = new Date(`${expires}T23:59:59.999Z`);
  if (end.getTime() <= now.getTime()) throw new AppError('invalid_input', `--expires ${expires} has already passed; give a later date.`, [{ field: 'expires', message: 'in the past' }]);
  if (end.getTime() > now.getTime() + MAX_TOKEN_DAYS * day) {
    throw new AppError('invalid_input', `--expires ${expires} is more than ${MAX_TOKEN_DAYS} days away; tokens are for a year at most.`, [{ field: 'expires', message: 'too far' }]);
  }
  return end.toISOString();
}

/** Refuses a role above the user's own in the organisation, and a user who is not a member of it. */
export async function createApiToken(db: AimsDatabase, request: TokenRequest, now = new Date()): Promise<CreatedToken> {
  if (!isRole(request.role)) {
    throw new AppError('invalid_input', `--role must be one of ${roles.join(', ')}; got "${request.role}".`, [{ field: 'role', message: 'not a role' }]);
  }
  const role = request.role;
  const user = await findUserByEmail(db, request.email);
  if (!user) throw new AppError('not_found', `There is no account with the email ${request.email}.`, [{ field: 'email', message: 'no such account' }]);
  const membership = await membershipIn(db, user.id, request.organisationId);
  if (!membership || !isRole(membership.role)) {
    throw new AppError('not_found', `${request.email} is not a member of organisation "${request.organisationId}".`, [{ field: 'org', message: 'not a member' }]);
  }
  if (!delegableRoles(membership.role).includes(role)) {
    throw new AppError('forbidden', `${request.email} is ${membership.role} of "${request.organisationId}" and cannot give a token the role ${role}; `
      + `choose one of ${delegableRoles(membership.role).join(', ')}.`, [{ field: 'role', message: 'above the user\'s own role' }]);
  }
  const expiresAt = expiryOf(request.expires, now);
  const token = newSecret('aims_');
  const id = newId();
  await insertApiToken(db, {
    id, tokenHash: hashSecret(token), userId: user.id, organisationId: request.organisationId, role,
    name: request.name ?? null, createdAt: now.toISOString(), expiresAt,
  });
  return { id, token, organisationId: request.organisationId, role, expiresAt };
}
