// Validates OSCAL documents against NIST's JSON Schemas of OSCAL v1.2.1 (copied in ./schemas with their provenance).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The root key of each OSCAL model we export, and the schema file that validates it. */
export const oscalSchemaFiles = {
  'catalog': 'oscal_catalog_schema.json',
  'profile': 'oscal_profile_schema.json',
  'system-security-plan': 'oscal_ssp_schema.json',
  'assessment-plan': 'oscal_assessment-plan_schema.json',
  'assessment-results': 'oscal_assessment-results_schema.json',
  'plan-of-action-and-milestones': 'oscal_poam_schema.json',
} as const;

export type OscalModel = keyof typeof oscalSchemaFiles;

export const OSCAL_SCHEMA_DIR = join(import.meta.dirname, 'schemas');

const compiled = new Map<OscalModel, ValidateFunction>();

function validatorOf(model: OscalModel): ValidateFunction {
  let validate = compiled.get(model);
  if (!validate) {
    // One Ajv per schema: the six schemas share $id-less definition names that would clash in one instance.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(join(OSCAL_SCHEMA_DIR, oscalSchemaFiles[model]), 'utf8')) as object);
    compiled.set(model, validate);
  }
  return validate;
}

export function modelOf(document: unknown): OscalModel | undefined {
  if (document === null || typeof document !== 'object') return undefined;
  const [root] = Object.keys(document);
  return root !== undefined && Object.hasOwn(oscalSchemaFiles, root) ? (root as OscalModel) : undefined;
}

/** Schema problems of one document as `path: message` lines; empty when it is valid. */
export function schemaProblems(document: unknown): string[] {
  const model = modelOf(document);
  if (!model) return [`not an OSCAL document of a known model (root keys: ${Object.keys(document ?? {}).join(', ') || 'none'})`];
  const validate = validatorOf(model);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${String(e.params.allowedValues)})` : ''}`);
}
