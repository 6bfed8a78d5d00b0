// Lint configuration. Besides typescript-eslint's recommendations it enforces the layers of
// ARCHITECTURE.md: each layer under src/ imports only from the layers listed before it.
import tseslint from 'typescript-eslint';

const layers = ['domain', 'checks', 'store', 'services', 'policies', 'reports', 'server', 'web', 'cli'];

/** For the layer at `index`, the import patterns of every layer below it (which it must not import). */
function forbiddenFor(index) {
  return layers.slice(index + 1).flatMap((below) => [`**/${below}/*`, `**/${below}`]);
}

const layerRules = layers.map((layer, index) => ({
  files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: index === layers.length - 1 ? [] : [
          {
            group: forbiddenFor(index),
            message: `src/${layer} may import only from layers above it (${layers.slice(0, index).join(', ') || 'none'}); see ARCHITECTURE.md.`,
          },
        ],
      },
    ],
  },
}));

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
);
