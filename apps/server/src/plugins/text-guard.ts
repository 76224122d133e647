import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '@mic/domain';

/**
 * Text the database cannot store as sent is refused before any route runs: a NUL character
 * (PostgreSQL text and jsonb have no room for it) or a lone UTF-16 surrogate (it would be stored as
 * U+FFFD, not as what was sent). Checked in the JSON body, the query string and the path parameters.
 */
export const textGuard = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    for (const [context, value] of [
      ['body', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const) {
      const field = badTextAt(value);
      if (field !== null) {
        const path = context === 'body' ? field : field ? `${context}.${field}` : context;
        throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: path }] });
      }
    }
  });
});

/** A NUL, or a high surrogate without its low half, or a low one without its high half. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badText(s: string): boolean {
  return UNSTORABLE.test(s);
}

/** The dot path of the first key or string that cannot be stored ('' for the value itself), or null. */
export function badTextAt(value: unknown): string | null {
  // An explicit stack: a body may nest a thousand levels deep.
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (badText(v)) return path;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, path ? `${path}.${i}` : String(i)]));
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, item] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (badText(k)) return at;
        stack.push([item, at]);
      }
    }
  }
  return null;
}
