// Writes docs/bundle.schema.json and the generated file reference of docs/bundle.md from the TypeBox schemas;
// `npm run generate` calls writeBundleSchema() and writeBundleDoc().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateBundleDoc } from '../src/store/bundle/docs.ts';
import { renderBundleSchema } from '../src/store/bundle/json-schema.ts';
import { writeIfChanged } from './generate-check-index.ts';

export { renderBundleSchema, updateBundleDoc };

export const bundleSchemaPath = join(import.meta.dirname, '..', 'docs', 'bundle.schema.json');
export const bundleDocPath = join(import.meta.dirname, '..', 'docs', 'bundle.md');

/** Rewrites docs/bundle.schema.json when the schemas changed; returns whether it did. */
export function writeBundleSchema(): boolean {
  return writeIfChanged(bundleSchemaPath, renderBundleSchema());
}

/** Rewrites the generated part of docs/bundle.md when the schemas changed; returns whether it did. */
export function writeBundleDoc(): boolean {
  return writeIfChanged(bundleDocPath, updateBundleDoc(readFileSync(bundleDocPath, 'utf8')));
}
