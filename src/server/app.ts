// The HTTP API: a Fastify instance with TypeBox schemas, published as OpenAPI 3.1 at /api/openapi.json.
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { AppError } from '../domain/index.ts';
import type { AimsDatabase } from '../store/index.ts';
import { healthRoutes } from './routes/health/routes.ts';
import { webApp } from './web-app.ts';

export interface ServerOptions {
  readonly db: AimsDatabase;
  readonly version: string;
  readonly logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<TypeBoxTypeProvider>();
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'OpenAIMS API', version: options.version, description: 'The HTTP API of OpenAIMS, an ISO/IEC 42001 AI Management System.' },
    },
  });

  // One error shape everywhere: the AppError code, its message and details that name the field.
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.httpStatus).send({ error: error.code, message: error.message, details: error.details });
    }
    const failure = error as { validation?: unknown; message?: string; statusCode?: number };
    if (failure.validation) {
      return reply.status(400).send({ error: 'invalid_input', message: failure.message, details: failure.validation });
    }
    if (failure.statusCode && failure.statusCode < 500) {
      return reply.status(failure.statusCode).send({ error: 'invalid_input', message: failure.message });
    }
    app.log.error(error);
    return reply.status(500).send({ error: 'internal', message: 'Something went wrong on the server; it has been logged.' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'not_found', message: `There is no ${request.method} ${request.url.split('?')[0]} in this API; see /api/openapi.json.` }));

  await app.register(healthRoutes(options), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await webApp(app);
  return app;
}
