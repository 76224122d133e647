import type { Executor } from '../../db/client';
import { ANONYMISED_NAME, anonymisedAmong } from './privacy.repository';

interface Shown {
  actorId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
}

const userIdIn = (payload: unknown): string | null =>
  payload && typeof payload === 'object' && typeof (payload as { userId?: unknown }).userId === 'string' ? (payload as { userId: string }).userId : null;

/**
 * Audit entries as shown, with an anonymised person's name replaced: as the actor, and as the
 * `userName` beside a `userId` in what was recorded (memberships, event registrations). The stored,
 * hashed entries are not touched (one query for the whole page).
 */
export async function maskAnonymised<T extends Shown>(db: Executor, entries: T[]): Promise<T[]> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.actorId) ids.add(e.actorId);
    for (const payload of [e.before, e.after]) {
      const id = userIdIn(payload);
      if (id) ids.add(id);
    }
  }
  const gone = await anonymisedAmong(db, [...ids]);
  if (gone.size === 0) return entries;
  const mask = (payload: unknown) => {
    const id = userIdIn(payload);
    return id && gone.has(id) && 'userName' in (payload as object) ? { ...(payload as object), userName: ANONYMISED_NAME } : payload;
  };
  return entries.map((e) => ({ ...e, actorName: e.actorId && gone.has(e.actorId) ? ANONYMISED_NAME : e.actorName, before: mask(e.before), after: mask(e.after) }));
}
