// The session payload: the user, their CSRF token and their memberships with the organisations' names.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isRole, type Actor } from '../../../policies/index.ts';
import { findUserById, listOrganisations, membershipsOf, type AimsDatabase } from '../../../store/index.ts';
import { SESSION_COOKIE } from '../../auth/authenticate.ts';

export async function sessionPayload(db: AimsDatabase, actor: Actor, csrfToken: string | null, expiresAt: string | null) {
  const user = await findUserById(db, actor.userId);
  const names = new Map((await listOrganisations(db)).map((o) => [o.id, o.name]));
  const memberships = (await membershipsOf(db, actor.userId))
    .filter((m) => !actor.token || m.organisationId === actor.token.organisationId)
    .filter((m) => isRole(m.role))
    .map((m) => ({
      organisationId: m.organisationId, organisationName: names.get(m.organisationId) ?? m.organisationId,
      role: actor.token ? actor.token.role : (m.role as never),
      personId: m.personId, externalAuditId: m.externalAuditId, accessFrom: m.accessFrom, accessUntil: m.accessUntil,
    }));
  return {
    user: { id: actor.userId, email: actor.email, name: user?.name ?? null, installationAdmin: actor.via === 'session' && (user?.installationAdmin ?? false) },
    csrfToken, via: actor.via, expiresAt, memberships,
  };
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS (see trustProxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string, expiresAt: string): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', path: '/', expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', path: '/' });
}
