// `npm run generate`: rewrites the generated files (check registry, docs index of the checks, bundle schema and doc) from their sources.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkIndexPath, renderCheckIndex, writeIfChanged } from './generate-check-index.ts';
import { writeBundleDoc, writeBundleSchema } from './bundle-schema.ts';
import { checkDocsIndexPath, loadChecks, registeredCheckIds, renderCheckDocsIndex } from './check-docs.ts';

const ids = registeredCheckIds();
writeIfChanged(checkIndexPath, renderCheckIndex(ids));
console.log(`src/checks/index.ts: ${ids.length} checks`);

// The docs index needs the checks' metadata; a check that does not load yet must not keep index.ts stale.
try {
  const checks = await loadChecks(ids);
  mkdirSync(dirname(checkDocsIndexPath), { recursive: true });
  writeIfChanged(checkDocsIndexPath, renderCheckDocsIndex(checks));
  console.log(`docs/checks/index.md: ${checks.length} checks`);
} catch (error) {
  console.error(`docs/checks/index.md not written: a check failed to load: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

// The bundle's JSON Schema and the generated part of docs/bundle.md follow the TypeBox schemas of the registers.
console.log(`docs/bundle.schema.json: ${writeBundleSchema() ? 'rewritten' : 'up to date'}`);
console.log(`docs/bundle.md: ${writeBundleDoc() ? 'rewritten' : 'up to date'}`);
