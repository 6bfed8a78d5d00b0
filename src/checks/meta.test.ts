// The meta-test that holds the check catalogue together: three files per check, doc pages in the fixed shape,
// references that exist, ids that match their files, generated files up to date, the typical thirteen present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCatalogueReference } from '../domain/index.ts';
import {
  candidateCheckIds,
  checkDocsDir,
  checkDocsIndexPath,
  checksDir,
  isCheckSource,
  registeredCheckIds,
  renderCheckDocsIndex,
} from '../../scripts/check-docs.ts';
import { checkIndexPath, renderCheckIndex } from '../../scripts/generate-check-index.ts';
import { checks } from './index.ts';

const headings = ['## What an auditor looks for', '## How the check decides', '## How to fix', '## When it does not apply'];

/** The typical nonconformities of the seed: PRODUCT.md fixes these ids. */
const typicalIds = [
  'soa-not-risk-driven', 'impact-assessment-conflated-with-risk', 'ai-policy-borrowed', 'accountability-diffuse',
  'competence-not-evidenced', 'internal-audit-not-independent', 'management-review-inputs-missing',
  'correction-as-corrective-action', 'corrective-action-effectiveness-unverified', 'limitations-not-communicated',
  'third-party-ai-ungoverned', 'lifecycle-without-stages', 'assessment-stale',
];

describe('the check catalogue', () => {
  it('has at least one check registered', () => {
    expect(checks.length).toBeGreaterThan(0);
  });

  it('registers checks under kebab-case ids that are unique and match their file names', () => {
    const ids = checks.map((c) => c.id);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toEqual(registeredCheckIds());
  });

  it('leaves no module in src/checks that is neither a check nor part of the engine (shared code lives in src/checks/shared/)', () => {
    const strays = candidateCheckIds().filter((id) => !isCheckSource(readFileSync(join(checksDir, `${id}.ts`), 'utf8')));
    expect(strays, 'put code several checks share in src/checks/shared/, or default-export defineCheck(...)').toEqual([]);
  });

  it('keeps src/checks/index.ts and docs/checks/index.md up to date (run `npm run generate`)', () => {
    expect(readFileSync(checkIndexPath, 'utf8')).toBe(renderCheckIndex(registeredCheckIds()));
    expect(existsSync(checkDocsIndexPath) ? readFileSync(checkDocsIndexPath, 'utf8') : '').toBe(renderCheckDocsIndex(checks));
  });

  it('registers the thirteen typical nonconformities of the seed', () => {
    const ids = new Set(checks.map((c) => c.id));
    expect(typicalIds.filter((id) => !ids.has(id)), 'typical checks not registered yet').toEqual([]);
  });

  it('has no doc page without a check', () => {
    const pages = readdirSync(checkDocsDir).filter((f) => f.endsWith('.md') && f !== 'index.md').map((f) => f.slice(0, -3));
    const ids = new Set(checks.map((c) => c.id));
    expect(pages.filter((p) => !ids.has(p))).toEqual([]);
  });
});

describe.each(checks.map((c) => [c.id, c] as const))('%s', (id, check) => {
  it('has a test file beside it', () => {
    expect(existsSync(join(checksDir, `${id}.test.ts`)), `src/checks/${id}.test.ts`).toBe(true);
  });

  it('has a doc page with the title and the four headings in order', () => {
    const path = join(checkDocsDir, `${id}.md`);
    expect(existsSync(path), `docs/checks/${id}.md`).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.trimEnd())).toEqual(headings);
  });

  it('cites only clauses and controls of the catalogue, or 17021-1', () => {
    expect(check.meta.refs.length).toBeGreaterThan(0);
    expect(check.meta.refs.filter((r) => r !== '17021-1' && !isCatalogueReference(r))).toEqual([]);
  });

  it('says what it looks for, where it surfaces, and how to fix it', () => {
    const { meta } = check;
    expect(['major', 'minor', 'observation']).toContain(meta.severity);
    expect(meta.surfaces.length).toBeGreaterThan(0);
    expect(meta.title.trim()).not.toBe('');
    expect(meta.description.trim()).not.toBe('');
    expect(meta.fix.trim()).not.toBe('');
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
  });
});
