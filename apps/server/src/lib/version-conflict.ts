import { z } from 'zod';
import { DomainError, type Violation } from '@mic/domain';

/**
 * Optimistic concurrency, one way everywhere: a write names the version it was made on; when the object
 * has moved on, the write is refused with 409 CONFLICT (a violation on `version`) and the problem body
 * carries `currentVersion`, so the client can say so and offer the current one. The check runs inside the
 * write transaction on a row locked with SELECT ... FOR UPDATE (or in the UPDATE's where clause), never on
 * a read made before it.
 */
export function staleVersion(currentVersion: number, field = 'version'): DomainError {
  return new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field }], params: { currentVersion } });
}

/** Refuses a write made on another version than `current`; `given` undefined means the caller did not say. */
export function checkVersion(current: number, given: number | undefined, field = 'version'): void {
  if (given !== undefined && given !== current) throw staleVersion(current, field);
}

/**
 * A status workflow's refusal (409 INVALID_TRANSITION: the action no longer fits the state), made on a
 * stale version: keeps its code, which says more than CONFLICT, and names the current version as well.
 */
export function throwIfAnyOnVersion(violations: Violation[], current: number, given: number): void {
  const first = violations[0];
  if (!first) return;
  const params = { ...first.params, ...(given === current ? {} : { currentVersion: current }) };
  throw new DomainError(first.code, { violations, params });
}

/** The current version an error carries, for the problem body (undefined when it names none). */
export function currentVersionOf(error: DomainError): number | undefined {
  const v = error.params.currentVersion;
  return typeof v === 'number' ? v : undefined;
}

/**
 * `?version=` on a DELETE of an editable object: when given, the object is deleted only if it is still at
 * that version (409 otherwise); left out, as older clients do, the delete is unconditional.
 */
export const deleteVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
