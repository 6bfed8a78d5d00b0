// The published bundle schema: up to date with the TypeBox schemas, and usable by an ordinary JSON Schema validator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registerNames } from '../../domain/index.ts';
import { bundleSchema, renderBundleSchema } from './json-schema.ts';
import { registerFile } from './layout.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixture = join(root, 'test', 'fixtures', 'bundles', 'minimal');

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-ref', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-record-ref', schemaType: 'boolean' });
  return ajv.compile(bundleSchema());
}

function fixtureFolder(): Record<string, unknown> {
  return Object.fromEntries(readdirSync(fixture).map((f) => [f, parse(readFileSync(join(fixture, f), 'utf8'))]));
}

describe('docs/bundle.schema.json', () => {
  it('is up to date with the schemas of src/domain/model (run `npm run generate` if not)', () => {
    expect(readFileSync(join(root, 'docs', 'bundle.schema.json'), 'utf8')).toBe(renderBundleSchema());
  });

  it('has a definition for organisation.yaml and for the file of every register', () => {
    const definitions = Object.keys(bundleSchema().definitions as object);
    expect(definitions).toEqual(['organisation.yaml', ...registerNames.map(registerFile)]);
  });

  it('accepts a valid bundle and rejects a wrong type, an unknown file and a missing organisation', () => {
    const validate = validator();
    const folder = fixtureFolder();
    expect(validate(folder), JSON.stringify(validate.errors)).toBe(true);

    const risks = structuredClone(folder['risks.yaml']) as Record<string, unknown>[];
    risks[0]!.likelihood = 'high';
    expect(validate({ ...folder, 'risks.yaml': risks })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/risks.yaml/0/likelihood');

    expect(validate({ ...folder, 'risk.yaml': [] })).toBe(false);
    const { 'organisation.yaml': _organisation, ...withoutOrganisation } = folder;
    expect(validate(withoutOrganisation)).toBe(false);
  });
});
