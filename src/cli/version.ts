// The product version, read from package.json so there is one place to change it. Found by walking up from this
// module, which is src/cli/ when run from the sources and dist/ when run from the build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function packageJsonPath(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('package.json of OpenAIMS not found above the aims command');
  }
}

export const productVersion: string = (JSON.parse(readFileSync(packageJsonPath(), 'utf8')) as { version: string }).version;
