// Serves the built web app (dist/web) under `/`: hashed assets cached for a year, every other non-API path
// answered with index.html so that the app's own router draws it.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
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

export async function webApp(app: FastifyInstance, options: { readonly directory?: string } = {}): Promise<void> {
  const wanted = options.directory ?? webAppDirectory();
  const directory = wanted && existsSync(join(wanted, 'index.html')) ? wanted : undefined;
  const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
  if (!directory) {
    app.get('/*', { schema: { hide: true } }, (request, reply) =>
      isApi(request.url) ? reply.callNotFound() : reply.status(503).type('text/html; charset=utf-8').send(notBuilt));
    return;
  }
  await app.register(fastifyStatic, {
    root: directory,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(res, path) {
      // Vite names assets by their content hash, so a new build never reuses a name: cache them for good.
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const spa = (request: { url: string }, reply: { callNotFound(): void; header(k: string, v: string): unknown; sendFile(f: string): unknown }) => {
    if (isApi(request.url)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get('/', { schema: { hide: true } }, (request, reply) => spa(request, reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => spa(request, reply));
}
