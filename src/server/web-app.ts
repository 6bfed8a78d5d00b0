// Serves the built web app (dist/web) under `/`: hashed assets cached for a year, every other non-API path
// answered with index.html so that the app's own router draws it.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package root: the nearest folder above this module whose package.json is ours (sources or a build). */
function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'openaims') return dir;
      } catch {
        // An unreadable package.json is not ours; keep looking upwards.
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export function webAppDirectory(): string | undefined {
  const root = packageRoot(import.meta.dirname);
  const dir = root ? join(root, 'dist', 'web') : undefined;
  return dir && existsSync(join(dir, 'index.html')) ? dir : undefined;
}

const notBuilt = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OpenAIMS</title></head><body>
<h1>The web app is not built</h1><p>This installation has the API but not the web app. Run <code>npm run build:web</code>
(or <code>npm install</code>, which builds it) and restart <code>aims serve</code>. The API answers under <a href="/api/openapi.json">/api</a>.</p></body></html>`;

// Who may fetch the web app: everyone. It holds no data; the API behind it authorises every request.
const publicRoute = { config: { policy: { kind: 'public' as const } }, schema: { hide: true } };

export async function webApp(app: FastifyInstance, options: { readonly directory?: string } = {}): Promise<void> {
  const wanted = options.directory ?? webAppDirectory();
  const directory = wanted && existsSync(join(wanted, 'index.html')) ? wanted : undefined;
  const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
  if (!directory) {
    app.get('/*', publicRoute, (request, reply) =>
      isApi(request.url) ? reply.callNotFound() : reply.status(503).type('text/html; charset=utf-8').send(notBuilt));
    return;
  }
  // Only reply.sendFile from @fastify/static: the routes are ours, so that each declares its (public) policy.
  await app.register(fastifyStatic, { root: directory, serve: false, cacheControl: false, index: false });
  // Vite names assets by their content hash, so a new build never reuses a name: cache them for good.
  app.get('/assets/*', publicRoute, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.sendFile(`assets/${file}`);
  });
  // Every other path is a page of the app: index.html (never cached, so a new build is picked up), whose router draws it.
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    if (isApi(request.url)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get('/', publicRoute, page);
  app.get('/*', publicRoute, page);
}
