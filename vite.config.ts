// Build of the web app (src/web) into dist/web, which `aims serve` serves under `/`.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'src/web');

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
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
