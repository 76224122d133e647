/**
 * A small typed fetch client for the MIC API (docs/API.md). It sends the session cookie, the
 * CSRF token on every state-changing request, the interface language as Accept-Language, and
 * turns RFC 9457 problem bodies into an ApiError.
 */
import type { ErrorCode } from '@mic/domain';

export interface FieldError {
  code: ErrorCode | string;
  field?: string;
  message: string;
}

/** A failed API call: the problem's stable code, its message in the caller's language, field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK_ERROR' | string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** On a version conflict: the version the object has now (someone else saved it meanwhile). */
  readonly currentVersion?: number;

  constructor(status: number, code: string, detail: string, errors: FieldError[] = [], currentVersion?: number) {
    super(detail || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = errors;
    this.currentVersion = currentVersion;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/**
 * A save made on a version someone else has since changed (409 CONFLICT on `version`, or a status action
 * that no longer fits, with the current version named). The form keeps what the user typed and offers
 * the current version; it is not an error of the form's fields.
 */
export function isVersionConflict(e: unknown): e is ApiError {
  if (!isApiError(e) || e.status !== 409) return false;
  return e.currentVersion !== undefined || (e.code === 'CONFLICT' && e.errors.some((x) => x.field === 'version' || x.field?.endsWith('.version')));
}

let csrfToken: string | null = null;
let language = 'en';
let onUnauthenticated: (() => void) | null = null;

/** Keeps the token from the latest session answer; sent as x-csrf-token on every non-GET. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The interface language, sent as Accept-Language so problem messages match what the user reads. */
export function setRequestLanguage(lang: string) {
  language = lang;
}

/** Called when the server says the session is gone (401 UNAUTHENTICATED). */
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Bytes sent as they are (a file upload), instead of a JSON body. */
  raw?: Blob;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw !== undefined) headers['content-type'] = 'application/octet-stream';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = await toApiError(response);
  // A stale token (e.g. after signing in in another tab): fetch the session's token once and retry.
  if (error.code === 'CSRF_TOKEN_INVALID' && !retried) {
    const session = await request<{ csrfToken: string | null }>('GET', '/api/auth/session');
    setCsrfToken(session.csrfToken);
    return request<T>(method, path, options, true);
  }
  if (error.status === 401 && error.code === 'UNAUTHENTICATED') onUnauthenticated?.();
  throw error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as { code?: string; detail?: string; title?: string; errors?: FieldError[]; currentVersion?: unknown };
      const currentVersion = typeof body.currentVersion === 'number' ? body.currentVersion : undefined;
      return new ApiError(response.status, body.code ?? 'INTERNAL_ERROR', body.detail ?? body.title ?? '', body.errors ?? [], currentVersion);
    } catch {
      // fall through: not the JSON it claimed to be
    }
  }
  return new ApiError(response.status, response.status === 404 ? 'NOT_FOUND' : 'INTERNAL_ERROR', '');
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
  /** A file's bytes as the body (the server decides its type from the content). */
  upload: <T>(path: string, file: Blob, query?: Query) => request<T>('POST', path, { raw: file, query }),
};
