// Test configuration: tests sit beside the code they test; the PostgreSQL runs are enabled by OPENAIMS_TEST_PG_URL.
// Test files share their worker's modules (no isolation): none of them mocks modules, stubs globals or changes
// process.env or the working directory, and re-importing the whole module graph for each of the 100 files was
// four fifths of the suite's time. A file that does need a fresh module graph is named `*.isolated.test.ts`
// and runs in a project of its own, with isolation.
import { defineConfig } from 'vitest/config';

const isolatedFiles = ['src/**/*.isolated.test.ts', 'test/**/*.isolated.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: isolatedFiles, isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: isolatedFiles, isolate: true, passWithNoTests: true },
      },
    ],
  },
});
