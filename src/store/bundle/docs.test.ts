// docs/bundle.md: its generated file reference is current, and it covers every file of a bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateBundleDoc } from './docs.ts';
import { bundleFiles } from './layout.ts';
import { bundleLimits } from './limits.ts';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'bundle.md'), 'utf8');

describe('docs/bundle.md', () => {
  it('has a file reference up to date with the schemas (run `npm run generate` if not)', () => {
    expect(doc).toBe(updateBundleDoc(doc));
  });

  it('has a section for every bundle file, in bundle order', () => {
    const sections = [...doc.matchAll(/^### `([a-z-]+\.yaml)`/gm)].map((m) => m[1]);
    expect(sections).toEqual([...bundleFiles]);
  });

  it('lists every limit with its value, generated from limits.ts', () => {
    for (const l of bundleLimits) expect(doc).toContain(`| ${l.limit} | ${l.value} | ${l.why} |`);
    expect(doc).toContain('| nesting depth | 64 levels |');
  });

  it('documents nested fields and references', () => {
    expect(doc).toContain('| `treatment.controlIds` | yes | list of references → Annex A control or organisation control |');
    expect(doc).toContain('| `aiSystemIds` | yes | list of references → AI system |');
  });
});
