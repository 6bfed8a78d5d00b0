// AppError: the one error type users see, with a code that maps to an HTTP status and a CLI exit code.
export const errorCodes = {
  /** Input that does not fit a schema or a rule: a bundle, a request body, a CLI flag. */
  invalid_input: { http: 400, exit: 2 },
  /** A reference to a record that does not exist in this organisation. */
  broken_reference: { http: 422, exit: 2 },
  /** The record or organisation asked for does not exist (or is not visible to the caller). */
  not_found: { http: 404, exit: 2 },
  /** A write based on a stale version of a record: someone else changed it first. Nothing was written. */
  version_conflict: { http: 409, exit: 3 },
  /** A record with this id already exists. */
  already_exists: { http: 409, exit: 3 },
  /** A workflow step the Standard would not accept in the record's present state (an approval without what it needs); the message says why. */
  refused: { http: 422, exit: 3 },
  /** A record that others still refer to cannot be deleted (or a controlled record never can); the referrers are named. */
  still_referenced: { http: 409, exit: 3 },
  /** Too many attempts (sign-in, requests) in a short time: wait and try again. */
  rate_limited: { http: 429, exit: 4 },
  /** The request body is larger than the server accepts. */
  too_large: { http: 413, exit: 2 },
  /** A file whose content is of a type the server does not accept (judged by the content, not the declared type). */
  unsupported_media_type: { http: 415, exit: 2 },
  /** The caller may not do this. */
  forbidden: { http: 403, exit: 4 },
  /** The caller is not signed in. */
  unauthenticated: { http: 401, exit: 4 },
  /** The audit trail's hash chain does not verify. */
  integrity_failure: { http: 500, exit: 5 },
  /** A database or file-system failure outside the user's control. */
  storage_failure: { http: 503, exit: 6 },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Where in a file or record a problem is: the parts a user needs to find it. */
export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly register?: string;
  readonly recordId?: string;
  /** Field path inside the record, e.g. `treatment.controlIds[1]`. */
  readonly field?: string;
}

export interface ErrorDetail extends ErrorLocation {
  readonly message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: readonly ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return errorCodes[this.code].http;
  }

  get exitCode(): number {
    return errorCodes[this.code].exit;
  }
}

/** `file:line:column: field: message`, the form editors and CI logs link to. */
export function formatErrorDetail(d: ErrorDetail): string {
  const where = [d.file, d.line, d.column].filter((x) => x !== undefined).join(':');
  const subject = [d.register && d.recordId ? `${d.register}/${d.recordId}` : d.recordId, d.field].filter(Boolean).join(' ');
  return [where, subject, d.message].filter((x) => x !== undefined && x !== '').join(': ');
}
