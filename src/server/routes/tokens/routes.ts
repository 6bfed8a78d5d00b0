// The signed-in user's own API tokens for the web app: list them, create one (shown once, stored hashed, one
// organisation and role, an expiry) and revoke one. Creating and revoking need a session: a token mints no tokens.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createApiToken } from '../../../services/accounts/create-api-token.ts';
import { revokeApiToken } from '../../../services/accounts/revoke-api-token.ts';
import { apiTokensOf, type AimsDatabase } from '../../../store/index.ts';
import { errorResponses } from '../../errors.ts';
import { actorOf } from '../../route-policy.ts';
import { RoleName } from '../session/schema.ts';

const Instant = Type.String({ format: 'date-time' });

const TokenListing = Type.Object({
  id: Type.String(), name: Type.Union([Type.String(), Type.Null()]), organisationId: Type.String(), role: Type.String(),
  createdAt: Instant, expiresAt: Instant, revokedAt: Type.Union([Instant, Type.Null()]),
  active: Type.Boolean({ description: 'Neither revoked nor expired.' }),
});

const CreateTokenBody = Type.Object({
  organisationId: Type.String({ minLength: 1 }),
  role: RoleName,
  expires: Type.Optional(Type.String({ format: 'date', description: 'The last day it works (YYYY-MM-DD, UTC); 90 days from today by default, a year at most.' })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'What it is for, e.g. "CI of the AIMS repository".' })),
}, { additionalProperties: false });

const CreatedToken = Type.Object({
  id: Type.String(), token: Type.String({ description: 'Send as "Authorization: Bearer <token>". Shown only in this answer.' }),
  organisationId: Type.String(), role: RoleName, expiresAt: Instant,
});

const TokenParams = Type.Object({ id: Type.String({ minLength: 1 }) });

export const tokenRoutes = (options: { readonly db: AimsDatabase; readonly clock: () => Date }): FastifyPluginAsyncTypebox => async (app) => {
  const { db } = options;
  app.get('/tokens', {
    config: { policy: { kind: 'signed-in' } },
    schema: { summary: 'My API tokens (never the tokens themselves)', tags: ['tokens'], response: { 200: Type.Object({ items: Type.Array(TokenListing) }), ...errorResponses([401]) } },
  }, async (request) => {
    const now = options.clock().toISOString();
    const items = await apiTokensOf(db, actorOf(request).userId);
    return { items: items.map((t) => ({ id: t.id, name: t.name, organisationId: t.organisationId, role: t.role, createdAt: t.createdAt, expiresAt: t.expiresAt, revokedAt: t.revokedAt, active: t.revokedAt === null && t.expiresAt > now })) };
  });

  app.post('/tokens', {
    config: { policy: { kind: 'signed-in', sessionOnly: true } },
    schema: {
      summary: 'Create an API token for one organisation and a role no higher than mine there; the token is shown once', tags: ['tokens'], body: CreateTokenBody,
      response: { 201: CreatedToken, ...errorResponses([400, 401, 403, 404]) },
    },
  }, async (request, reply) => {
    const { organisationId, role, expires, name } = request.body;
    const created = await createApiToken(db, { email: actorOf(request).email, organisationId, role, ...(expires ? { expires } : {}), ...(name ? { name } : {}) }, options.clock());
    return reply.status(201).send(created);
  });

  app.delete('/tokens/:id', {
    config: { policy: { kind: 'signed-in', sessionOnly: true } },
    schema: {
      summary: 'Revoke one of my API tokens; it stops working at once', tags: ['tokens'], params: TokenParams,
      response: { 200: Type.Object({ revoked: Type.Object({ id: Type.String(), revokedAt: Instant }) }), ...errorResponses([401, 403, 404]) },
    },
  }, async (request) => ({ revoked: await revokeApiToken(db, actorOf(request).userId, request.params.id, options.clock()) }));
};
