// Sign in, the current session, sign out (here or everywhere), change password.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../../domain/index.ts';
import { changePassword } from '../../../services/accounts/change-password.ts';
import { signIn, type SignInLimits } from '../../../services/accounts/sign-in.ts';
import { signOut, signOutEverywhere } from '../../../services/accounts/sign-out.ts';
import type { AimsDatabase } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { actorOf } from '../../route-policy.ts';
import { ChangePasswordBody, SessionResponse, SignedOut, SignInBody } from './schema.ts';
import { clearSessionCookie, sessionPayload, setSessionCookie } from './present.ts';

export interface SessionRouteOptions {
  readonly db: AimsDatabase;
  readonly signInLimits?: SignInLimits;
  readonly clock: () => Date;
}

export const sessionRoutes = (options: SessionRouteOptions): FastifyPluginAsyncTypebox => async (app) => {
  const { db } = options;
  app.post('/session', {
    config: { policy: { kind: 'public' } },
    schema: {
      summary: 'Sign in with email and password; sets the session cookie', tags: ['session'], body: SignInBody,
      response: { 200: SessionResponse, ...errorResponses([400, 401, 429]) },
    },
  }, async (request, reply) => {
    const opened = await signIn(db, {
      email: request.body.email, password: request.body.password, address: request.ip,
      ...(request.session ? { replacing: request.session.idHash } : {}),
    }, options.signInLimits, options.clock());
    setSessionCookie(request, reply, opened.sessionId, opened.expiresAt);
    const actor = { userId: opened.userId, email: request.body.email.trim().toLowerCase(), installationAdmin: false, via: 'session' as const };
    return sessionPayload(db, actor, opened.csrfToken, opened.expiresAt);
  });

  app.get('/session', {
    config: { policy: { kind: 'signed-in' } },
    schema: { summary: 'The signed-in user, the CSRF token and the memberships', tags: ['session'], response: { 200: SessionResponse, ...errorResponses([401]) } },
  }, async (request) => sessionPayload(db, actorOf(request), request.session?.csrfToken ?? null, request.session?.expiresAt ?? null));

  app.delete('/session', {
    config: { policy: { kind: 'signed-in', sessionOnly: true } },
    schema: { summary: 'Sign out: ends this session', tags: ['session'], response: { 200: SignedOut, ...errorResponses([401, 403]) } },
  }, async (request, reply) => {
    if (!request.session) throw new AppError('unauthenticated', 'There is no session to end.');
    await signOut(db, request.session.idHash);
    clearSessionCookie(request, reply);
    return { endedSessions: 1 };
  });

  app.delete('/sessions', {
    config: { policy: { kind: 'signed-in', sessionOnly: true } },
    schema: { summary: 'Sign out everywhere: ends every session of the user, this one included', tags: ['session'], response: { 200: SignedOut, ...errorResponses([401, 403]) } },
  }, async (request, reply) => {
    const endedSessions = await signOutEverywhere(db, actorOf(request).userId);
    clearSessionCookie(request, reply);
    return { endedSessions };
  });

  app.put('/session/password', {
    config: { policy: { kind: 'signed-in', sessionOnly: true } },
    schema: {
      summary: 'Change the password (the current one is required); every other session ends', tags: ['session'], body: ChangePasswordBody,
      response: { 200: SignedOut, ...errorResponses([400, 401, 403]) },
    },
  }, async (request) => changePassword(db, actorOf(request).userId, request.body.currentPassword, request.body.newPassword, request.session?.idHash, options.clock())
    .then((r) => ({ endedSessions: r.endedSessions })));
};
