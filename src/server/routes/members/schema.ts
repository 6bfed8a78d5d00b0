// Schemas of the member routes: who belongs to an organisation, with which role.
import { Type } from '@sinclair/typebox';
import { RoleName } from '../session/schema.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const MembershipFields = {
  role: RoleName,
  personId: Type.Optional(Nullable(Type.String({ minLength: 1, description: 'The Person record that is this member; found by email when not given.' }))),
  externalAuditId: Type.Optional(Nullable(Type.String({ minLength: 1, description: 'External auditors: the external audit they may see.' }))),
  accessFrom: Type.Optional(Nullable(Type.String({ format: 'date', description: 'External auditors: first day of access.' }))),
  accessUntil: Type.Optional(Nullable(Type.String({ format: 'date', description: 'External auditors: last day of access.' }))),
};

export const AddMemberBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }), ...MembershipFields }, { additionalProperties: false });
export const ChangeMemberBody = Type.Object(MembershipFields, { additionalProperties: false });

export const Member = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  role: RoleName,
  personId: Type.Union([Type.String(), Type.Null()]),
  externalAuditId: Type.Union([Type.String(), Type.Null()]),
  accessFrom: Type.Union([Type.String(), Type.Null()]),
  accessUntil: Type.Union([Type.String(), Type.Null()]),
});

export const MemberList = Type.Object({ items: Type.Array(Member) });
export const AddedMember = Type.Object({
  member: Member,
  invitation: Type.Optional(Type.Object({ token: Type.String({ description: 'Shown once: the person sets their password with it (POST /api/invitations/accept).' }), expiresAt: Type.String() })),
});
export const MemberParams = Type.Object({ org: Type.String({ minLength: 1 }), userId: Type.String({ minLength: 1 }) });
export const AcceptInvitationBody = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false });
