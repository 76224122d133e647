import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnershipRole } from '@mic/domain';
import { memberships } from '../../src/db/schema';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

/**
 * Every role against every route: who gets through (2xx), who is refused (403), who is told the
 * thing does not exist (404: anything of a partnership they are not part of) and who must sign in
 * (401). Each cell runs against fresh data, so one cell's change cannot decide another's answer.
 */

const ROLES = ['anonymous', 'admin', 'programme_officer', 'donor_viewer', 'home_coordinator', 'partner_coordinator', 'auditor', 'viewer', 'outsider'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'denied' | 'hidden' | 'unauth';

const MEMBER_ROLES: PartnershipRole[] = ['home_coordinator', 'partner_coordinator', 'auditor', 'viewer'];

let t: TestContext;
const clients = {} as Record<Role, Client & { user?: { id: string } }>;

beforeAll(async () => {
  t = await createTestApp();
  clients.anonymous = anonymous(t.app);
  for (const role of ['admin', 'programme_officer', 'donor_viewer'] as const) clients[role] = await signInAs(t, { globalRole: role });
  for (const role of MEMBER_ROLES) clients[role] = await signInAs(t, {});
  const other = await buildPartnership(t.db);
  clients.outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'partner_coordinator' }] });
});
afterAll(() => t.close());

/** A fresh partnership in `status` where each member role has its user. */
async function freshPartnership(status: 'draft' | 'applied' = 'draft') {
  const p = await buildPartnership(t.db, { status });
  for (const role of MEMBER_ROLES) {
    await t.db.insert(memberships).values({ userId: clients[role].user!.id, partnershipId: p.id, role });
  }
  return p;
}

async function freshInvitation() {
  const res = await clients.admin.post('/api/invitations', { email: `inv-${randomUUID()}@example.org`, name: 'Invited', language: 'en' });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

interface Route {
  name: string;
  call(c: Client): Promise<{ statusCode: number; body: string }>;
  expect: Partial<Record<Role, Outcome>> & { rest: Outcome };
}

const PROGRAMME_READERS = { anonymous: 'unauth', rest: 'ok' } as const;
const ADMIN_ONLY = { anonymous: 'unauth', admin: 'ok', rest: 'denied' } as const;
const OFFICE_ONLY = { anonymous: 'unauth', admin: 'ok', programme_officer: 'ok', rest: 'denied' } as const;
const PARTNERSHIP_READERS = { anonymous: 'unauth', outsider: 'hidden', rest: 'ok' } as const;
const PARTNERSHIP_EDITORS = {
  anonymous: 'unauth',
  outsider: 'hidden',
  admin: 'ok',
  programme_officer: 'ok',
  home_coordinator: 'ok',
  partner_coordinator: 'ok',
  rest: 'denied',
} as const;
const PARTNERSHIP_OFFICE = { anonymous: 'unauth', outsider: 'hidden', admin: 'ok', programme_officer: 'ok', rest: 'denied' } as const;

const routes: Route[] = [
  { name: 'GET /api/programme', call: (c) => c.get('/api/programme'), expect: PROGRAMME_READERS },
  {
    name: 'PUT /api/programme',
    call: async (c) => {
      const { id: _id, ...current } = (await clients.admin.get('/api/programme')).json();
      return c.put('/api/programme', current);
    },
    expect: ADMIN_ONLY,
  },
  { name: 'GET /api/municipalities', call: (c) => c.get('/api/municipalities'), expect: PROGRAMME_READERS },
  {
    name: 'POST /api/municipalities',
    call: (c) => c.post('/api/municipalities', { name: `Kommune ${randomUUID()}`, country: 'NO' }),
    expect: OFFICE_ONLY,
  },
  {
    name: 'PUT /api/municipalities/:id',
    call: async (c) => {
      const m = await buildMunicipality(t.db, { country: 'GT' });
      return c.put(`/api/municipalities/${m.id}`, { name: `${m.name} renamed`, country: 'GT' });
    },
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/partnerships', call: (c) => c.get('/api/partnerships'), expect: PROGRAMME_READERS },
  {
    name: 'POST /api/partnerships',
    call: async (c) => {
      const home = await buildMunicipality(t.db, { country: 'NO' });
      const partner = await buildMunicipality(t.db, { country: 'UG' });
      return c.post('/api/partnerships', {
        title: 'Matrix partnership',
        homeMunicipalityId: home.id,
        partnerMunicipalityId: partner.id,
        fundingSource: 'norad',
        startYear: 2026,
        workingLanguage: 'en',
        purposes: ['environment'],
      });
    },
    expect: OFFICE_ONLY,
  },
  { name: 'GET /api/partnerships/:id', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}`), expect: PARTNERSHIP_READERS },
  {
    name: 'PATCH /api/partnerships/:id',
    call: async (c) => {
      const p = await freshPartnership();
      return c.patch(`/api/partnerships/${p.id}`, { title: 'Renamed by the matrix', version: p.version });
    },
    expect: PARTNERSHIP_EDITORS,
  },
  {
    name: 'POST /api/partnerships/:id/status (submit a draft)',
    call: async (c) => c.post(`/api/partnerships/${(await freshPartnership()).id}/status`, { status: 'applied' }),
    expect: PARTNERSHIP_EDITORS,
  },
  {
    name: 'POST /api/partnerships/:id/status (approve an application)',
    call: async (c) => c.post(`/api/partnerships/${(await freshPartnership('applied')).id}/status`, { status: 'active' }),
    expect: PARTNERSHIP_OFFICE,
  },
  {
    name: 'GET /api/partnerships/:id/history',
    call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/history`),
    expect: PARTNERSHIP_READERS,
  },
  {
    name: 'GET /api/partnerships/:id/comments',
    call: async (c) => {
      const id = (await freshPartnership()).id;
      return c.get(`/api/partnerships/${id}/comments?entityType=partnership&entityId=${id}`);
    },
    expect: PARTNERSHIP_READERS,
  },
  {
    name: 'POST /api/partnerships/:id/comments',
    call: async (c) => {
      const id = (await freshPartnership()).id;
      return c.post(`/api/partnerships/${id}/comments`, { entityType: 'partnership', entityId: id, body: 'A remark' });
    },
    expect: { ...PARTNERSHIP_EDITORS, auditor: 'ok' },
  },
  { name: 'GET /api/users', call: (c) => c.get('/api/users'), expect: ADMIN_ONLY },
  {
    name: 'PATCH /api/users/:id',
    call: async (c) => c.patch(`/api/users/${clients.viewer.user!.id}`, { name: 'Viewer Renamed' }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'PUT /api/users/:id/memberships/:partnershipId',
    call: async (c) => c.put(`/api/users/${clients.outsider.user!.id}/memberships/${(await buildPartnership(t.db)).id}`, { role: 'viewer' }),
    expect: ADMIN_ONLY,
  },
  {
    name: 'DELETE /api/users/:id/memberships/:partnershipId',
    call: async (c) => {
      const p = await buildPartnership(t.db, { members: [{ userId: clients.outsider.user!.id, role: 'viewer' }] });
      return c.delete(`/api/users/${clients.outsider.user!.id}/memberships/${p.id}`);
    },
    expect: ADMIN_ONLY,
  },
  { name: 'GET /api/invitations', call: (c) => c.get('/api/invitations'), expect: ADMIN_ONLY },
  {
    name: 'POST /api/invitations',
    call: (c) => c.post('/api/invitations', { email: `new-${randomUUID()}@example.org`, name: 'New Person', language: 'es' }),
    expect: ADMIN_ONLY,
  },
  { name: 'DELETE /api/invitations/:id', call: async (c) => c.delete(`/api/invitations/${await freshInvitation()}`), expect: ADMIN_ONLY },
  { name: 'PUT /api/auth/language', call: (c) => c.put('/api/auth/language', { language: 'en' }), expect: PROGRAMME_READERS },
];

function outcomeOf(status: number): Outcome | `unexpected ${number}` {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401) return 'unauth';
  if (status === 403) return 'denied';
  if (status === 404) return 'hidden';
  return `unexpected ${status}`;
}

describe('the role matrix', () => {
  for (const route of routes) {
    it(route.name, async () => {
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const role of ROLES) {
        const res = await route.call(clients[role]);
        got[role] = outcomeOf(res.statusCode);
        want[role] = route.expect[role] ?? route.expect.rest;
        if (got[role] !== 'ok' && got[role] !== want[role]) got[role] += ` (${res.body.slice(0, 120)})`;
      }
      expect(got).toEqual(want);
    });
  }
});
