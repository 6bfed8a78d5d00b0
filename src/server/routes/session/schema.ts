// Schemas of the session routes: sign in, who am I, sign out, change password.
import { Type } from '@sinclair/typebox';
import { roles } from '../../../policies/index.ts';

export const RoleName = Type.Union(roles.map((r) => Type.Literal(r)), { description: 'A member role (docs/api.md lists what each may do).' });

export const SignInBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
}, { additionalProperties: false });

export const Membership = Type.Object({
  organisationId: Type.String(),
  organisationName: Type.String(),
  role: RoleName,
  personId: Type.Union([Type.String(), Type.Null()], { description: 'The Person record that is this user in the organisation.' }),
  externalAuditId: Type.Union([Type.String(), Type.Null()]),
  accessFrom: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  accessUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
});

export const SessionUser = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  installationAdmin: Type.Boolean(),
});

export const SessionResponse = Type.Object({
  user: SessionUser,
  /** Null for an API token, which needs none. */
  csrfToken: Type.Union([Type.String(), Type.Null()], { description: 'Send it as the x-csrf-token header with every change made with the session cookie.' }),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  memberships: Type.Array(Membership),
});

export const SignedOut = Type.Object({ endedSessions: Type.Integer({ minimum: 0 }) });

export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
  newPassword: Type.String({ minLength: 1, maxLength: 256 }),
}, { additionalProperties: false });

export const SetupStatus = Type.Object({ setupNeeded: Type.Boolean({ description: 'True while the installation has no account: the web app shows its first-run screen.' }) });

export const SetupBody = Type.Object({
  setupToken: Type.String({ minLength: 1, maxLength: 200, description: 'The one-time token `aims serve` printed on the empty installation.' }),
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
}, { additionalProperties: false });
