import type { FastifyRequest } from 'fastify';
import { isLanguage, negotiateLanguage, type Language } from '@mic/domain';

/** The caller's language: the signed-in user's choice, else the browser's Accept-Language. */
export function requestLanguage(request: FastifyRequest): Language {
  const chosen = request.actor?.language;
  if (isLanguage(chosen)) return chosen;
  const header = request.headers['accept-language'];
  return negotiateLanguage(Array.isArray(header) ? header[0] : header);
}
