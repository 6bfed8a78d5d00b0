// Members of an organisation: list, add by email with a role, change the role, remove; accepting an invitation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { auditActorOf } from '../../../policies/index.ts';
import { acceptInvitation } from '../../../services/accounts/accept-invitation.ts';
import { addMember } from '../../../services/accounts/add-member.ts';
import { changeMember, removeMember } from '../../../services/accounts/change-member.ts';
import { membersOf, type AimsDatabase, type MembershipChange, type MembershipRow } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { memberOf } from '../../route-policy.ts';
import { OrgParams } from '../orgs/schema.ts';
import { AcceptInvitationBody, AddedMember, AddMemberBody, ChangeMemberBody, Member, MemberList, MemberParams } from './schema.ts';

const present = (m: MembershipRow, email: string, name: string | null) => ({
  userId: m.userId, email, name, role: m.role as never, personId: m.personId, externalAuditId: m.externalAuditId, accessFrom: m.accessFrom, accessUntil: m.accessUntil,
});

const changeOf = (body: { role: string; personId?: string | null; externalAuditId?: string | null; accessFrom?: string | null; accessUntil?: string | null }): MembershipChange => ({
  role: body.role,
  ...(body.personId !== undefined ? { personId: body.personId } : {}),
  ...(body.externalAuditId !== undefined ? { externalAuditId: body.externalAuditId } : {}),
  ...(body.accessFrom !== undefined ? { accessFrom: body.accessFrom } : {}),
  ...(body.accessUntil !== undefined ? { accessUntil: body.accessUntil } : {}),
});

export const memberRoutes = (options: { readonly db: AimsDatabase; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  const { db } = options;
  const members = { kind: 'members' } as const;
  app.get('/orgs/:org/members', {
    config: { policy: { kind: 'organisation', action: 'read-members', subject: members } },
    schema: { summary: 'Members of the organisation and their roles', tags: ['members'], params: OrgParams, response: { 200: MemberList, ...errorResponses([401, 403, 404]) } },
  }, async (request) => ({ items: (await membersOf(db, memberOf(request).organisationId)).map((m) => present(m, m.email, m.name)) }));

  app.post('/orgs/:org/members', {
    config: { policy: { kind: 'organisation', action: 'manage-members', subject: members } },
    schema: { summary: 'Add a member by email with a role (a person without an account gets an invitation token)', tags: ['members'], params: OrgParams, body: AddMemberBody, response: { 201: AddedMember, ...errorResponses([400, 401, 403, 404]) } },
  }, async (request, reply) => {
    const member = memberOf(request);
    const added = await addMember(db, member.organisationId, request.body.email, changeOf(request.body), auditActorOf(member), options.clock());
    return reply.status(201).send({ member: present(added.membership, added.email, null), ...(added.invitation ? { invitation: added.invitation } : {}) });
  });

  app.put('/orgs/:org/members/:userId', {
    config: { policy: { kind: 'organisation', action: 'manage-members', subject: members } },
    schema: { summary: 'Change a member\'s role or audit access', tags: ['members'], params: MemberParams, body: ChangeMemberBody, response: { 200: Member, ...errorResponses([400, 401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    const row = await changeMember(db, member.organisationId, request.params.userId, changeOf(request.body), auditActorOf(member), options.clock());
    const listed = (await membersOf(db, member.organisationId)).find((m) => m.userId === row.userId);
    return present(row, listed?.email ?? '', listed?.name ?? null);
  });

  app.delete('/orgs/:org/members/:userId', {
    config: { policy: { kind: 'organisation', action: 'manage-members', subject: members } },
    schema: { summary: 'Remove a member (and their tokens for this organisation)', tags: ['members'], params: MemberParams, response: { 200: Type.Object({ removed: Type.String() }), ...errorResponses([401, 403, 404]) } },
  }, async (request) => {
    const member = memberOf(request);
    await removeMember(db, member.organisationId, request.params.userId, auditActorOf(member), options.clock());
    return { removed: request.params.userId };
  });

  app.post('/invitations/accept', {
    config: { policy: { kind: 'public' } },
    schema: { summary: 'Set the password of an invited account with its one-time token', tags: ['members'], body: AcceptInvitationBody, response: { 200: Type.Object({ email: Type.String() }), ...errorResponses([400, 403]) } },
  }, async (request) => acceptInvitation(db, request.body.token, request.body.password, options.clock()));
};
