// One error shape for every response of the API: {error: code, message, details: [{field, message}]}, never a stack.
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, errorCodes, type ErrorCode } from '../domain/index.ts';

export const ErrorResponse = Type.Object({
  error: Type.Union(Object.keys(errorCodes).map((c) => Type.Literal(c)).concat([Type.Literal('internal')]), { description: 'The AppError code (src/domain/errors.ts).' }),
  message: Type.String({ description: 'What was wrong and what to do, in words.' }),
  details: Type.Array(Type.Object({
    field: Type.Optional(Type.String({ description: 'Field path, e.g. treatment.controlIds[1].' })),
    register: Type.Optional(Type.String()),
    recordId: Type.Optional(Type.String()),
    message: Type.String(),
  }, { additionalProperties: true })),
}, { $id: 'ErrorResponse', description: 'Every error of the API has this shape.' });

/** The error responses documented on every route. */
export const errorResponses = (statuses: readonly number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));

/** Fastify's own errors (body too large, bad JSON, unsupported media type, rate limit) as AppErrors. */
function fromFastify(error: FastifyError): AppError | undefined {
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  const byStatus: Partial<Record<number, ErrorCode>> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'version_conflict', 413: 'too_large', 429: 'rate_limited' };
  const code = byStatus[status] ?? 'invalid_input';
  const message = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
    ? 'The request body is larger than this server accepts; send less at once.'
    : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
      ? 'This content type is not accepted here; send application/json.'
      : status === 429 ? 'Too many requests from this address; wait a little and try again.' : error.message;
  return new AppError(code, message);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = error instanceof AppError ? error : fromFastify(error);
    if (appError) {
      // A status the code table does not have (415 for a media type) keeps Fastify's status with the nearest code.
      const status = error instanceof AppError ? appError.httpStatus : (error.statusCode ?? appError.httpStatus);
      return reply.status(status).send({ error: appError.code, message: appError.message, details: appError.details });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'internal', message: 'Something went wrong on the server; it has been logged.', details: [] });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'not_found', message: `There is no ${request.method} ${request.url.split('?')[0]} in this API; see /api/openapi.json.`, details: [] }));
}
