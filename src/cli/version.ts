// The product version, read from package.json so there is one place to change it.
import { readFileSync } from 'node:fs';
import { shippedPath } from '../store/shipped-files.ts';

export const productVersion: string = (JSON.parse(readFileSync(shippedPath('package.json'), 'utf8')) as { version: string }).version;
