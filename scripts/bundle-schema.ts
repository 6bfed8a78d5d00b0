// Writes docs/bundle.schema.json from the TypeBox schemas; `npm run generate` calls writeBundleSchema().
import { join } from 'node:path';
import { renderBundleSchema } from '../src/store/bundle/json-schema.ts';
import { writeIfChanged } from './generate-check-index.ts';

export { renderBundleSchema };

export const bundleSchemaPath = join(import.meta.dirname, '..', 'docs', 'bundle.schema.json');

/** Rewrites docs/bundle.schema.json when the schemas changed; returns whether it did. */
export function writeBundleSchema(): boolean {
  return writeIfChanged(bundleSchemaPath, renderBundleSchema());
}
