// Lint configuration. Besides typescript-eslint's recommendations it enforces the layers of docs/architecture.md:
// each layer under src/ imports only from the layers listed before it; src/domain and src/checks stay pure (no
// Node built-ins, database or HTTP packages, no clock); the store's unvalidated writers stay inside the store and
// the services that validate before writing.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const layers = ['domain', 'checks', 'store', 'services', 'policies', 'reports', 'server', 'web', 'cli'];

/** For the layer at `index`, the import patterns of every layer below it (which it must not import). */
function forbiddenFor(index) {
  return layers.slice(index + 1).flatMap((below) => [`**/${below}/*`, `**/${below}`]);
}

/** The store modules that write without validating: only the store itself and src/services may import them. */
const storeWriters = {
  group: ['**/store/writes.ts', '**/store/writer.ts', '**/store/write-rows.ts', '**/store/replace.ts', '**/store/records.ts'],
  message: 'The store writes what it is given without validating it: write through a use-case in src/services (create-record, update-record, delete-record, import-organisation); read through src/store/index.ts.',
};
const mayWrite = (layer) => layer === 'store' || layer === 'services';

/** What pure code (src/domain, src/checks) may not import: I/O and infrastructure belong to the store and above. */
const builtinMessage = 'src/domain and src/checks are pure: no Node built-ins (files, paths, crypto, processes). Pass what is needed in, or do it in src/store or above.';
const infrastructureMessage = 'src/domain and src/checks are pure: databases belong to src/store, HTTP to src/server.';
// Bare names are matched exactly (as `paths`), so that a folder of ours named like a built-in (domain, test) is not.
const impurePaths = [
  ...builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: builtinMessage })),
  ...['kysely', 'better-sqlite3', 'pg', 'fastify'].map((name) => ({ name, message: infrastructureMessage })),
];
const impurePatterns = [
  { group: ['node:*'], message: builtinMessage },
  { group: ['kysely/*', 'pg/*', 'pg-*', 'fastify/*', 'fastify-*', '@fastify/*'], message: infrastructureMessage },
];
const isPure = (layer) => layer === 'domain' || layer === 'checks';

/** The import rule of a layer's files; `pure` adds the purity limits (tests of pure code may read their fixtures). */
function importRule(layer, index, pure) {
  return [
    'error',
    {
      paths: pure ? impurePaths : [],
      patterns: [
        ...(index === layers.length - 1 ? [] : [{
          group: forbiddenFor(index),
          message: `src/${layer} may import only from layers above it (${layers.slice(0, index).join(', ') || 'none'}); see docs/architecture.md.`,
        }]),
        ...(mayWrite(layer) ? [] : [storeWriters]),
        ...(pure ? impurePatterns : []),
      ],
    },
  ];
}

const layerRules = layers.flatMap((layer, index) => {
  const files = [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`];
  if (!isPure(layer)) return [{ files, rules: { 'no-restricted-imports': importRule(layer, index, false) } }];
  return [
    { files, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': importRule(layer, index, true) } },
    { files: [`src/${layer}/**/*.test.ts`], rules: { 'no-restricted-imports': importRule(layer, index, false) } },
  ];
});

/** The clock is an input: `now` or `asOf` is passed in, so that every result can be reproduced for a given day. */
const noClock = {
  files: ['src/domain/**/*.ts', 'src/checks/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in src/domain and src/checks: take `now` (or `asOf`) as a parameter.' },
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock in src/domain and src/checks: take `now` (or `asOf`) as a parameter.' },
      { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message: 'No clock in src/domain and src/checks: time is measured in bench/.' },
    ],
  },
};

/** Tests, benchmarks and scripts sit outside the layers, but may not write past validation either. */
const outsideLayers = {
  files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: [storeWriters] }] },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  noClock,
  outsideLayers,
);
