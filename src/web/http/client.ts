// The one way the web app talks to the HTTP API: JSON over fetch with the session cookie and its CSRF token.

/** A field-level problem the API names (`treatment.controlIds[1]`), shown next to that field. */
export interface ErrorDetail {
  readonly field?: string;
  readonly message: string;
}

/** An answer other than 2xx, in the API's AppError shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;

/** The session answer carries the CSRF token that every cookie-authenticated write must send back. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

function detailsOf(body: Record<string, unknown>): ErrorDetail[] {
  const raw = body.details;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d): ErrorDetail[] => {
    if (!d || typeof d !== 'object') return [];
    const { field, message } = d as { field?: unknown; message?: unknown };
    return [{ ...(typeof field === 'string' ? { field } : {}), message: typeof message === 'string' ? message : 'is not valid' }];
  });
}

/** Sends one file as multipart/form-data (the part named `file`), with the session's CSRF token. */
export async function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) } });
  } catch {
    throw new ApiError(0, 'unreachable', 'The server did not answer. Check that `aims serve` is running, then try again.');
  }
  return answerOf<T>(response);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', signal: init.signal,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'unreachable', 'The server did not answer. Check that `aims serve` is running, then try again.');
  }
  return answerOf<T>(response);
}

async function answerOf<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const message = typeof b.message === 'string' ? b.message : `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiError(response.status, typeof b.error === 'string' ? b.error : 'error', message, detailsOf(b), body);
  }
  return body as T;
}

/** Builds a query string from the defined entries only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}
