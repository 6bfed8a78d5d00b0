// Request validation with Ajv configured as the domain's: every error at once, in the AppError shape with field paths.
// Bodies are never coerced or stripped (a typo is an error, not lost data); query strings and paths are coerced.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { AppError, RECORD_REF_KEYWORD, REF_KEYWORD, type ErrorDetail } from '../domain/index.ts';
import { issuesOfErrors } from '../domain/validation.ts';

function newAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, coerceTypes: coerce, useDefaults: coerce });
  addFormats(ajv);
  ajv.addKeyword({ keyword: REF_KEYWORD, schemaType: 'string' });
  ajv.addKeyword({ keyword: RECORD_REF_KEYWORD, schemaType: 'boolean' });
  return ajv;
}

const bodyAjv = newAjv(false);
const paramAjv = newAjv(true);

const partNames: Record<string, string> = { body: 'request body', querystring: 'query string', params: 'path', headers: 'headers' };

/** A record body's fields are named as in the record (`treatment.controlIds[1]`), as the services and the web app name them. */
const relativeToRecord = (field: string | undefined, hasRecord: boolean): string | undefined => {
  if (!hasRecord || field === undefined) return field;
  if (field === 'record') return field;
  return field.startsWith('record.') ? field.slice('record.'.length) : field.startsWith('record[') ? field.slice('record'.length) : field;
};

/**
 * Compiles lazily: a route's validator is built on its first request, so that an app with hundreds of routes
 * starts in a moment (tests build one per file, servers restart).
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : paramAjv;
  const hasRecord = httpPart === 'body' && typeof schema === 'object' && schema !== null
    && Object.hasOwn((schema as { properties?: object }).properties ?? {}, 'record');
  let validate: ValidateFunction | undefined;
  return (data: unknown) => {
    validate ??= ajv.compile(schema as object);
    if (validate(data)) return { value: data };
    const details: ErrorDetail[] = issuesOfErrors(validate.errors ?? []).map((issue) => {
      const field = relativeToRecord(issue.field, hasRecord);
      return { ...(field ? { field } : {}), message: issue.message };
    });
    const where = partNames[httpPart ?? 'body'] ?? httpPart;
    const error = new AppError('invalid_input', `The ${where} is not valid (${details.length} problem${details.length === 1 ? '' : 's'}); nothing was changed.`, details);
    return { error };
  };
};
