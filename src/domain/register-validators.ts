// The compiled validators of the register schemas and the organisation record, each compiled with Ajv on first
// use. The build (scripts/build.mjs) replaces this module with the same validators compiled ahead of time by
// Ajv's standalone code, so that the installed `aims` never pays for compiling a schema.
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import { Organisation, RECORD_REF_KEYWORD, REF_KEYWORD, registerNames, registers } from './model/index.ts';
import { validationFormats } from './validation-formats.ts';

/** What a validator is named after: a register, or `organisation` for the organisation record. */
export const ORGANISATION = 'organisation';

/** Every schema there is a validator for, by name. */
export function validatedSchemas(): Record<string, TSchema> {
  return { [ORGANISATION]: Organisation, ...Object.fromEntries(registerNames.map((r) => [r, registers[r].schema])) };
}

/** The Ajv instance both the runtime validators and the build's standalone code are compiled with. */
export function createValidationAjv(code?: Options['code']): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, formats: validationFormats, ...(code ? { code } : {}) });
  // The reference marks are data for the store, bundle and checks; Ajv only needs to accept them.
  ajv.addKeyword({ keyword: REF_KEYWORD, schemaType: 'string' });
  ajv.addKeyword({ keyword: RECORD_REF_KEYWORD, schemaType: 'boolean' });
  return ajv;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The validator of a register, or of the organisation record (ORGANISATION), compiled the first time it is asked for. */
export function validatorFor(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    const schema = validatedSchemas()[name];
    if (!schema) throw new Error(`No schema is named ${name}`);
    ajv ??= createValidationAjv();
    validate = ajv.compile(schema);
    validators.set(name, validate);
  }
  return validate;
}
