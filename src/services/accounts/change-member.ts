// Changes a member's role (and audit access), or removes them; the organisation always keeps an owner.
import { AppError } from '../../domain/index.ts';
import { deleteMembership, findUserById, membershipIn, ownerCount, upsertMembership, type AimsDatabase, type MembershipChange, type MembershipRow, MEMBERSHIPS_REGISTER, membershipContent } from '../../store/index.ts';
import { writeOrganisation } from '../../store/writes.ts';
import { checkMembership } from './add-member.ts';

async function current(db: AimsDatabase, organisationId: string, userId: string): Promise<{ email: string; membership: MembershipRow }> {
  const membership = await membershipIn(db, userId, organisationId);
  const user = await findUserById(db, userId);
  if (!membership || !user) throw new AppError('not_found', `No member "${userId}" in this organisation.`, [{ field: 'userId', message: 'not a member' }]);
  return { email: user.email, membership };
}

export async function changeMember(db: AimsDatabase, organisationId: string, userId: string, change: MembershipChange, actor: string, now = new Date()): Promise<MembershipRow> {
  checkMembership(change);
  const { email, membership } = await current(db, organisationId, userId);
  return writeOrganisation(db, organisationId, { actor, at: now.toISOString() }, async (writer) => {
    if (membership.role === 'owner' && change.role !== 'owner' && (await ownerCount(writer.trx, organisationId)) <= 1) {
      throw new AppError('forbidden', 'This is the organisation\'s last owner; make someone else owner first.', [{ field: 'role', message: 'last owner' }]);
    }
    const row = await upsertMembership(writer.trx, userId, organisationId, email, change, now.toISOString());
    writer.chain.append('update', MEMBERSHIPS_REGISTER, userId, membershipContent(email, membership.role), membershipContent(email, row.role));
    return row;
  });
}

export async function removeMember(db: AimsDatabase, organisationId: string, userId: string, actor: string, now = new Date()): Promise<void> {
  const { email, membership } = await current(db, organisationId, userId);
  await writeOrganisation(db, organisationId, { actor, at: now.toISOString() }, async (writer) => {
    if (membership.role === 'owner' && (await ownerCount(writer.trx, organisationId)) <= 1) {
      throw new AppError('forbidden', 'This is the organisation\'s last owner; make someone else owner first.', [{ field: 'userId', message: 'last owner' }]);
    }
    await deleteMembership(writer.trx, userId, organisationId);
    writer.chain.append('delete', MEMBERSHIPS_REGISTER, userId, membershipContent(email, membership.role), null);
  });
}
