// The published JSON Schema of the bundle, generated from the TypeBox schemas so it cannot drift from them.
import type { TSchema } from '@sinclair/typebox';
import { Organisation, registerNames, registers } from '../../domain/index.ts';
import { bundleFiles, clausesOf, ORGANISATION_FILE, registerFile } from './layout.ts';

/** A plain JSON copy of a TypeBox schema (its symbol-keyed metadata dropped). */
const plain = (schema: TSchema): Record<string, unknown> => JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;

/** The bundle schema as an object: one definition per file, and the whole folder as an object keyed by file name. */
export function bundleSchema(): Record<string, unknown> {
  const definitions: Record<string, unknown> = {
    [ORGANISATION_FILE]: {
      title: ORGANISATION_FILE,
      description: 'The organisation whose AI management system the bundle holds.',
      ...plain(Organisation),
    },
  };
  for (const register of registerNames) {
    const { title, schema } = registers[register];
    definitions[registerFile(register)] = {
      title: registerFile(register),
      description: `Register "${register}" (${title}), evidencing ${clausesOf(register)}. A list of records; ids are unique within the file.`,
      type: 'array',
      items: plain(schema),
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'OpenAIMS YAML bundle',
    description: [
      'One folder per organisation: organisation.yaml and one <register>.yaml per non-empty register, each a list of records.',
      'Validate one file against #/definitions/<file name>; the whole folder, read as an object keyed by file name, validates against the root.',
      'Strings marked x-ref hold the id of a record of the named register (or of the ISO/IEC 42001 catalogue: clause, control,',
      'clauseOrControl, annexCObjective, annexCRiskSource); objects marked x-record-ref name a record by register and id.',
      'References and unique ids are checked by `aims import`, not by this schema. Generated from src/domain/model; do not edit.',
    ].join(' '),
    type: 'object',
    properties: Object.fromEntries(bundleFiles.map((f) => [f, { $ref: `#/definitions/${f}` }])),
    required: [ORGANISATION_FILE],
    additionalProperties: false,
    definitions,
  };
}

/** docs/bundle.schema.json as text: two-space JSON and a final newline. */
export function renderBundleSchema(): string {
  return `${JSON.stringify(bundleSchema(), null, 2)}\n`;
}
