// The HTTP API: Fastify with TypeBox schemas, published as OpenAPI 3.1 at /api/openapi.json and browsable at /api/docs.
// App servers keep no state: sessions, tokens, sign-in failures and setup tokens live in the database.
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { SignInLimits } from '../services/accounts/sign-in.ts';
import { DatabaseEvidenceStore, type AimsDatabase, type EvidenceBytes } from '../store/index.ts';
import { installErrorHandling } from './errors.ts';
import { installRoutePolicies, type RouteEntry } from './route-policy.ts';
import { healthRoutes } from './routes/health/routes.ts';
import { webApp } from './web-app.ts';
import { organisationRoutes } from './routes/orgs/routes.ts';
import { readinessRoutes } from './routes/readiness/routes.ts';
import { dashboardRoutes } from './routes/dashboard/routes.ts';
import { memberRoutes } from './routes/members/routes.ts';
import { ReadinessCache } from './readiness-cache.ts';
import { registerRecordRoutes } from './routes/registers/routes.ts';
import { sessionRoutes } from './routes/session/routes.ts';
import { setupRoutes } from './routes/setup/routes.ts';
import { validatorCompiler } from './validation.ts';
import { workflowRoutes } from './routes/workflows/routes.ts';
import { evidenceFileRoutes } from './routes/evidence-files/routes.ts';

export interface ServerOptions {
  readonly db: AimsDatabase;
  readonly version: string;
  readonly logger?: boolean;
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (client address, HTTPS for the Secure cookie). */
  readonly trustProxy?: boolean | string;
  /** The clock; tests set it. */
  readonly clock?: () => Date;
  readonly signInLimits?: SignInLimits;
  /** Largest request body accepted, in bytes (1 MiB by default). */
  readonly bodyLimit?: number;
  /** Requests per minute from one address across the API (off when 0); sign-in has its own limits in the database. */
  readonly requestsPerMinute?: number;
  /**
   * Where evidence files go: the disk store (`new EvidenceStore(dir)`, one server: `aims serve`'s default) or the
   * database (DatabaseEvidenceStore, for several servers on one PostgreSQL; the default here, as it needs no folder).
   */
  readonly evidenceBytes?: EvidenceBytes;
  /** The largest evidence file accepted, in bytes (25 MiB by default). */
  readonly evidenceMaxBytes?: number;
}

export const DEFAULT_EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the policy it declared, for the authorisation matrix test and the docs. */
    routeTable: readonly RouteEntry[];
    readinessCache: ReadinessCache;
  }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false as boolean | string,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Fastify's own validation messages never reach a client: the compiler below answers in the AppError shape.
    ajv: { customOptions: { allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Responses are plain JSON.stringify: the schemas describe them in OpenAPI, and compiling 300 serialisers would slow start-up.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);
  const table = installRoutePolicies(app, options.db, clock);
  app.decorate('routeTable', table);
  const cache = new ReadinessCache(options.db);
  app.decorate('readinessCache', cache);

  await app.register(helmet, { global: true });
  await app.register(cookie);
  const perMinute = options.requestsPerMinute ?? 600;
  if (perMinute > 0) await app.register(rateLimit, { max: perMinute, timeWindow: '1 minute' });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'OpenAIMS API', version: options.version, description: 'The HTTP API of OpenAIMS, an ISO/IEC 42001 AI Management System. Sign in with POST /api/session or send an API token as "Authorization: Bearer <token>"; see docs/api.md.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'aims_session', description: 'The session cookie of POST /api/session; writes also send x-csrf-token.' },
          token: { type: 'http', scheme: 'bearer', description: 'An API token from `aims token create`.' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });

  await app.register(healthRoutes(options), { prefix: '/api' });
  await app.register(setupRoutes({ db: options.db, clock }), { prefix: '/api' });
  await app.register(sessionRoutes({ db: options.db, clock, ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}) }), { prefix: '/api' });
  await app.register(organisationRoutes({ db: options.db, clock }), { prefix: '/api' });
  await app.register(memberRoutes({ db: options.db, clock }), { prefix: '/api' });
  await app.register(readinessRoutes({ cache, clock }), { prefix: '/api' });
  await app.register(dashboardRoutes({ cache, clock }), { prefix: '/api' });
  await app.register(registerRecordRoutes({ db: options.db }), { prefix: '/api' });
  await app.register(workflowRoutes({ db: options.db, clock }), { prefix: '/api' });
  await app.register(evidenceFileRoutes({
    db: options.db, bytes: options.evidenceBytes ?? new DatabaseEvidenceStore(options.db), maxBytes: options.evidenceMaxBytes ?? DEFAULT_EVIDENCE_MAX_BYTES,
  }), { prefix: '/api' });
  app.get('/api/openapi.json', { config: { policy: { kind: 'public' } }, schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { url: '/api/openapi.json' } as never });
  await webApp(app);
  return app;
}
