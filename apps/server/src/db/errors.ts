/** True when the error (or what it wraps, as Drizzle does) is PostgreSQL's unique_violation (23505). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** Node's socket errors for a database server that is down, restarting or unreachable. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL's: shutting down, starting up or restarting (57P0x), out of connections (53300). */
const POSTGRES_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
/** What `pg` and PGlite throw, without a code, when the connection is gone or cannot be had in time. */
const LOST = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^PGlite is closed/,
  /^Cannot use a pool after calling end/,
];

/**
 * True when the error (or what it wraps: Drizzle wraps the driver's error, a failed rollback wraps the
 * first) says the database could not be reached, not that the request was wrong: answered with 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE.has(code) || POSTGRES_UNAVAILABLE.has(code) || code.startsWith('08'))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && LOST.some((pattern) => pattern.test(message))) return true;
    // Node reports a refused connection to a name with several addresses as an AggregateError of them.
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0 && inner.every((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
}
