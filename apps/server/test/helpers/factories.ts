import { randomUUID } from 'node:crypto';
import type { GlobalRole, PartnershipRole } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { memberships, municipalities, users } from '../../src/db/schema';
import { hashPassword } from '../../src/lib/passwords';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | null = null;

export interface UserSpec {
  email?: string;
  name?: string;
  globalRole?: GlobalRole | null;
  language?: string;
  password?: string;
  memberships?: { partnershipId: string; role: PartnershipRole }[];
}

/** A user who can sign in with TEST_PASSWORD unless told otherwise. */
export async function buildUser(db: Executor, spec: UserSpec = {}) {
  const passwordHash = spec.password ? await hashPassword(spec.password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const [user] = await db
    .insert(users)
    .values({
      email: spec.email ?? `user-${randomUUID().slice(0, 8)}@example.org`,
      name: spec.name ?? 'Test User',
      globalRole: spec.globalRole ?? null,
      language: spec.language ?? 'en',
      passwordHash,
    })
    .returning();
  for (const m of spec.memberships ?? []) {
    await db.insert(memberships).values({ userId: user!.id, partnershipId: m.partnershipId, role: m.role });
  }
  return { ...user!, password: spec.password ?? TEST_PASSWORD };
}

export async function buildMunicipality(db: Executor, spec: { name?: string; country?: string; orgNumber?: string | null } = {}) {
  const [row] = await db
    .insert(municipalities)
    .values({
      name: spec.name ?? `Municipality ${randomUUID().slice(0, 8)}`,
      country: spec.country ?? 'NO',
      orgNumber: spec.orgNumber ?? null,
    })
    .returning();
  return row!;
}
