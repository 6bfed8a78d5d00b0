// The actor inside one organisation: their membership (or their token's scope), or 404 so that nothing leaks.
import { AppError } from '../../domain/index.ts';
import { delegableRoles, isRole, type Actor, type MemberActor } from '../../policies/index.ts';
import { membershipIn, type AimsDatabase } from '../../store/index.ts';

const notFound = (organisationId: string) =>
  new AppError('not_found', `There is no organisation "${organisationId}" that you are a member of.`);

/**
 * A non-member, a token of another organisation and an organisation that does not exist all answer the same 404.
 * An external auditor outside the dates of their access is a member, told why they are refused (403).
 */
export async function memberActor(db: AimsDatabase, actor: Actor, organisationId: string, today: string): Promise<MemberActor> {
  if (actor.token && actor.token.organisationId !== organisationId) throw notFound(organisationId);
  const membership = await membershipIn(db, actor.userId, organisationId);
  if (!membership || !isRole(membership.role)) throw notFound(organisationId);
  let role = membership.role;
  if (actor.token) {
    // A token never acts above its user's current role, should the role have been lowered since.
    if (!delegableRoles(membership.role).includes(actor.token.role)) {
      throw new AppError('forbidden', `This token's role ${actor.token.role} is above your current role ${membership.role} in "${organisationId}"; create a new token.`);
    }
    role = actor.token.role;
  }
  if (role === 'external-auditor') {
    const from = membership.accessFrom ?? '0000-01-01';
    const until = membership.accessUntil ?? '0000-01-01';
    if (!membership.externalAuditId || today < from || today > until) {
      throw new AppError('forbidden', `Your access as external auditor of "${organisationId}" runs from ${membership.accessFrom ?? '(not set)'} to ${membership.accessUntil ?? '(not set)'}; today is ${today}. Ask the organisation to extend it.`);
    }
  }
  return { ...actor, organisationId, role, personId: membership.personId, externalAuditId: role === 'external-auditor' ? membership.externalAuditId : null };
}
