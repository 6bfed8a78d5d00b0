// Adds a member to an organisation by email with a role; one without an account gets an invitation to set a password.
import { AppError } from '../../domain/index.ts';
import { isRole, roles } from '../../domain/member-roles.ts';
import { findUserByEmail, insertInvitation, insertUserRecord, normaliseEmail, upsertMembership, type AimsDatabase, type MembershipChange, type MembershipRow, MEMBERSHIPS_REGISTER, membershipContent } from '../../store/index.ts';
import { writeOrganisation } from '../../store/writes.ts';
import { checkEmail } from './create-first-owner.ts';
import { hashSecret, later, newId, newSecret } from './secrets.ts';

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** Not a scrypt hash: no password matches it, so an invited account cannot sign in before it sets one. */
export const NO_PASSWORD = '!invited';

export function checkMembership(change: MembershipChange): void {
  if (!isRole(change.role)) throw new AppError('invalid_input', `The role must be one of ${roles.join(', ')}; got "${change.role}".`, [{ field: 'role', message: 'not a role' }]);
  if (change.role === 'external-auditor' && (!change.externalAuditId || !change.accessFrom || !change.accessUntil)) {
    throw new AppError('invalid_input', 'An external auditor needs the external audit they may see and the dates their access runs between.',
      [{ field: 'externalAuditId', message: 'required for an external auditor' }, { field: 'accessFrom', message: 'required' }, { field: 'accessUntil', message: 'required' }]);
  }
  if (change.accessFrom && change.accessUntil && change.accessFrom > change.accessUntil) {
    throw new AppError('invalid_input', 'accessFrom is after accessUntil.', [{ field: 'accessUntil', message: 'must not be before accessFrom' }]);
  }
}

export interface AddedMember {
  readonly membership: MembershipRow;
  readonly email: string;
  /** For a new account: the one-time invitation token, to hand to the person (shown once). */
  readonly invitation?: { readonly token: string; readonly expiresAt: string };
}

export async function addMember(db: AimsDatabase, organisationId: string, email: string, change: MembershipChange, actor: string, now = new Date()): Promise<AddedMember> {
  checkEmail(email);
  checkMembership(change);
  const at = now.toISOString();
  let user = await findUserByEmail(db, email);
  let invitation: AddedMember['invitation'];
  if (!user) {
    const id = newId();
    await insertUserRecord(db, { id, email, passwordHash: NO_PASSWORD, installationAdmin: false }, at);
    const token = newSecret('invite_');
    const expiresAt = later(now, INVITATION_LIFETIME_MS);
    await insertInvitation(db, hashSecret(token), id, at, expiresAt);
    invitation = { token, expiresAt };
    user = (await findUserByEmail(db, email))!;
  }
  const userId = user.id;
  const membership = await writeOrganisation(db, organisationId, { actor, at }, async (writer) => {
    const row = await upsertMembership(writer.trx, userId, organisationId, normaliseEmail(email), change, at);
    writer.chain.append('create', MEMBERSHIPS_REGISTER, userId, null, membershipContent(normaliseEmail(email), row.role));
    return row;
  });
  return { membership, email: normaliseEmail(email), ...(invitation ? { invitation } : {}) };
}
