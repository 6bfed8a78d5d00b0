// Build of the web app (src/web) into dist/web, which `aims serve` serves under `/`.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { checks } from './src/checks/index.ts';

/**
 * `virtual:check-meta`: each check's title and why an auditor raises it, taken from the checks at build time, so
 * that the findings page explains a finding without shipping the checks themselves to the browser.
 */
function checkMeta(): Plugin {
  const id = 'virtual:check-meta';
  return {
    name: 'openaims-check-meta',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(Object.fromEntries(checks.map((c) => [c.id, { title: c.meta.title, description: c.meta.description }])))};` : undefined),
  };
}

const root = resolve(import.meta.dirname, 'src/web');

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), checkMeta()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // The first page must stay small: vendor code in its own long-cached chunks, routes split by React.lazy.
    chunkSizeWarningLimit: 700,
    reportCompressedSize: false,
  },
  // `npm run dev:web` against a running `aims serve --port 4300`.
  server: { proxy: { '/api': 'http://127.0.0.1:4300' } },
});
