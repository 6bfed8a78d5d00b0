// Where the files shipped with the package live (data, schemas, docs), whether the code runs from src/ through tsx
// or from a dist/ bundle, whose modules sit elsewhere: found from the package root, not from the calling module.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/** The folder holding OpenAIMS's package.json, found by walking up from this module. */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    if (dirname(dir) === dir) throw new Error('package.json of OpenAIMS not found above its modules');
  }
}

/** A shipped file or folder by its path in the repository, e.g. `shippedPath('src', 'reports', 'oscal', 'schemas')`. */
export const shippedPath = (...segments: string[]): string => join(packageRoot(), ...segments);
