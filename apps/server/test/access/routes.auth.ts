import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { GlobalRole, PartnershipRole } from '@mic/domain';
import { memberships } from '../../src/db/schema';
import { anonymous, signIn, type Client } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { type Route, PROGRAMME_READERS, clients, t } from './role-matrix.support';

/** Anyone may call these, signed in or not: what they act on is the caller's own session or a token. */
const EVERYONE = { rest: 'ok' } as const;
const SIGNED_IN = { anonymous: 'unauth', rest: 'ok' } as const;

/**
 * A new user with the same roles and memberships as `c`'s user, signed in on a browser of their own
 * (or a new anonymous visitor): rows that sign in, sign out or change a password use one, so that
 * the matrix's own sessions live on.
 */
async function twin(c: Client & { user?: { id: string; globalRole?: string | null } }): Promise<Client> {
  if (!c.user) return anonymous(t.app);
  const rows = await t.db.select({ partnershipId: memberships.partnershipId, role: memberships.role }).from(memberships).where(eq(memberships.userId, c.user.id));
  const user = await buildUser(t.db, {
    globalRole: (c.user.globalRole ?? null) as GlobalRole | null,
    memberships: rows.map((m) => ({ partnershipId: m.partnershipId, role: m.role as PartnershipRole })),
  });
  return signIn(t.app, user.email, TEST_PASSWORD);
}

/** A pending invitation's secret token, as its e-mail carries it. */
async function invitationToken() {
  const res = await clients.admin.post('/api/invitations', { email: `inv-${randomUUID()}@example.org`, name: 'Invited', language: 'en' });
  expect(res.statusCode).toBe(201);
  return (res.json().link as string).split('/invitation/')[1]!;
}

/** Sessions, sign-in and invitation links (issue 1, 11). */
export const authRoutes: Route[] = [
  { name: 'GET /api/auth/session', call: (c) => c.get('/api/auth/session'), expect: EVERYONE },
  {
    name: 'POST /api/auth/login',
    call: async (c) => {
      const user = await buildUser(t.db);
      return (await twin(c)).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    },
    expect: EVERYONE,
  },
  { name: 'POST /api/auth/logout', call: async (c) => (await twin(c)).post('/api/auth/logout'), expect: EVERYONE },
  { name: 'POST /api/auth/logout-all', call: async (c) => (await twin(c)).post('/api/auth/logout-all'), expect: SIGNED_IN },
  {
    name: 'POST /api/auth/password',
    call: async (c) => (await twin(c)).post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'another long secret' }),
    expect: SIGNED_IN,
  },
  { name: 'GET /api/invitations/token/:token', call: async (c) => c.get(`/api/invitations/token/${await invitationToken()}`), expect: EVERYONE },
  {
    name: 'POST /api/invitations/token/:token/accept',
    call: async (c) => (await twin(c)).post(`/api/invitations/token/${await invitationToken()}/accept`, { password: 'a long enough secret' }),
    expect: EVERYONE,
  },
  // Partnership-free: every signed-in user looks municipalities up when filling in a form.
  {
    name: 'GET /api/municipalities/:id',
    call: async (c) => c.get(`/api/municipalities/${(await clients.admin.post('/api/municipalities', { name: `Kommune ${randomUUID()}`, country: 'NO' })).json().id}`),
    expect: PROGRAMME_READERS,
  },
];
