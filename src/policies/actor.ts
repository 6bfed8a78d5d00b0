// Who is asking: a signed-in user or an API token, and, inside an organisation, with which membership.
import type { Role } from './roles.ts';

export interface Actor {
  readonly userId: string;
  readonly email: string;
  readonly installationAdmin: boolean;
  /** A session cookie (writes need the CSRF token) or a bearer token (scoped to one organisation and role). */
  readonly via: 'session' | 'token';
  /** For a token: the organisation and role it is limited to. */
  readonly token?: { readonly id: string; readonly organisationId: string; readonly role: Role };
}

/** An actor inside one organisation: the role they act with there, and what ties them to its records. */
export interface MemberActor extends Actor {
  readonly organisationId: string;
  readonly role: Role;
  /** The Person record that is this user, for "records they own" and "audits assigned to them". */
  readonly personId: string | null;
  /** External auditors: the one external audit they may see. */
  readonly externalAuditId: string | null;
}

/** The actor's name in the audit trail: the email always, and the token when one was used. */
export const auditActorOf = (actor: Actor): string => (actor.token ? `${actor.email} (API token ${actor.token.id})` : actor.email);
