// First run: whether the installation still needs its first account, and creating it with the setup token.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createFirstOwnerWithSetupToken } from '../../../services/accounts/create-first-owner.ts';
import { signIn } from '../../../services/accounts/sign-in.ts';
import { countUsers, type AimsDatabase } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { SessionResponse, SetupBody, SetupStatus } from '../session/schema.ts';
import { sessionPayload, setSessionCookie } from '../session/present.ts';

export const setupRoutes = (options: { readonly db: AimsDatabase; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  const { db } = options;
  app.get('/setup', {
    config: { policy: { kind: 'public' } },
    schema: { summary: 'Whether the installation still needs its first account', tags: ['setup'], response: { 200: SetupStatus } },
  }, async () => ({ setupNeeded: (await countUsers(db)) === 0 }));

  app.post('/setup', {
    config: { policy: { kind: 'public' } },
    schema: {
      summary: 'Create the first owner with the one-time setup token; refused once any account exists', tags: ['setup'], body: SetupBody,
      response: { 201: Type.Object({ organisations: Type.Array(Type.String()), session: SessionResponse }), ...errorResponses([400, 403, 409]) },
    },
  }, async (request, reply) => {
    const { setupToken, email, password, name } = request.body;
    const created = await createFirstOwnerWithSetupToken(db, setupToken, { email, password, ...(name ? { name } : {}) }, options.clock());
    const opened = await signIn(db, { email, password, address: request.ip }, undefined, options.clock());
    setSessionCookie(request, reply, opened.sessionId, opened.expiresAt);
    const session = await sessionPayload(db, { userId: created.userId, email: email.trim().toLowerCase(), installationAdmin: true, via: 'session' }, opened.csrfToken, opened.expiresAt);
    return reply.status(201).send({ organisations: created.organisations, session });
  });
};
