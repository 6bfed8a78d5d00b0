// `npm run generate`: rewrites the generated files (check registry, docs index, bundle schema) from their sources.
import { checkIds, checkIndexPath, renderCheckIndex, writeIfChanged } from './generate-check-index.ts';

const ids = checkIds();
writeIfChanged(checkIndexPath, renderCheckIndex(ids));
console.log(`src/checks/index.ts: ${ids.length} checks`);
