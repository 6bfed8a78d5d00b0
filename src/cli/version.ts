// The product version, read from package.json so there is one place to change it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const productVersion: string = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;
