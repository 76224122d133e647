import { asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../src/db/client';
import { auditLog } from '../../src/db/schema';
import { signIn, type TestContext } from './app';
import { buildUser, TEST_PASSWORD, type UserSpec } from './factories';

/** A new user, signed in: `await signInAs(t, { globalRole: 'admin' })`. */
export async function signInAs(t: TestContext, spec: UserSpec = {}) {
  const user = await buildUser(t.db, spec);
  const client = await signIn(t.app, user.email, TEST_PASSWORD);
  return Object.assign(client, { user });
}

/** The audit entries about one entity, oldest first. */
export async function auditEntriesOf(db: Executor, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));
}

export async function auditCount(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return Number(row?.n ?? 0);
}
