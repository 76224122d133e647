import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { PartnershipRole } from '@mic/domain';
import { memberships, risks } from '../../src/db/schema';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { buildChain, buildIndicator } from '../helpers/results-factory';

/** The role matrix's cast (one user per role), its fresh-data builders and its expectations. */

export const ROLES = ['anonymous', 'admin', 'programme_officer', 'donor_viewer', 'home_coordinator', 'partner_coordinator', 'auditor', 'viewer', 'outsider'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 'denied' | 'hidden' | 'unauth';

export const MEMBER_ROLES: PartnershipRole[] = ['home_coordinator', 'partner_coordinator', 'auditor', 'viewer'];

export let t: TestContext;
export const clients = {} as Record<Role, Client & { user?: { id: string } }>;

export async function setUp() {
  t = await createTestApp();
  clients.anonymous = anonymous(t.app);
  for (const role of ['admin', 'programme_officer', 'donor_viewer'] as const) clients[role] = await signInAs(t, { globalRole: role });
  for (const role of MEMBER_ROLES) clients[role] = await signInAs(t, {});
  const other = await buildPartnership(t.db);
  clients.outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'partner_coordinator' }] });
}
export const tearDown = () => t.close();

/** A fresh partnership in `status` where each member role has its user. */
export async function freshPartnership(status: 'draft' | 'applied' = 'draft') {
  const p = await buildPartnership(t.db, { status });
  for (const role of MEMBER_ROLES) {
    await t.db.insert(memberships).values({ userId: clients[role].user!.id, partnershipId: p.id, role });
  }
  return p;
}

/** A fresh partnership with one risk (written straight to the database). */
export async function freshRisk() {
  const p = await freshPartnership();
  const values = { partnershipId: p.id, description: 'Matrix risk', category: 'political', origin: 'external', owner: 'Someone', identifiedOn: '2026-01-15' };
  const [risk] = await t.db
    .insert(risks)
    .values({ ...values, probability: 2, consequence: 3, currentProbability: 2, currentConsequence: 3 })
    .returning();
  return { p, risk: risk!, url: `/api/partnerships/${p.id}/risks/${risk!.id}` };
}

export async function freshInvitation() {
  const res = await clients.admin.post('/api/invitations', { email: `inv-${randomUUID()}@example.org`, name: 'Invited', language: 'en' });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

export interface Route {
  name: string;
  call(c: Client): Promise<{ statusCode: number; body: string }>;
  expect: Partial<Record<Role, Outcome>> & { rest: Outcome };
}

export const PROGRAMME_READERS = { anonymous: 'unauth', rest: 'ok' } as const;
export const ADMIN_ONLY = { anonymous: 'unauth', admin: 'ok', rest: 'denied' } as const;
export const OFFICE_ONLY = { anonymous: 'unauth', admin: 'ok', programme_officer: 'ok', rest: 'denied' } as const;
export const PARTNERSHIP_READERS = { anonymous: 'unauth', outsider: 'hidden', rest: 'ok' } as const;
export const PARTNERSHIP_EDITORS = {
  anonymous: 'unauth',
  outsider: 'hidden',
  admin: 'ok',
  programme_officer: 'ok',
  home_coordinator: 'ok',
  partner_coordinator: 'ok',
  rest: 'denied',
} as const;
export const PARTNERSHIP_OFFICE = { anonymous: 'unauth', outsider: 'hidden', admin: 'ok', programme_officer: 'ok', rest: 'denied' } as const;
export const RISK_EDITORS = { anonymous: 'unauth', outsider: 'hidden', home_coordinator: 'ok', partner_coordinator: 'ok', rest: 'denied' } as const;

/** The results framework (issue 3): a fresh partnership with a chain owned by `owner`, an indicator and its 2025 value in `status`. */
export async function freshFramework(owner: 'partner' | 'home' = 'partner', status: 'draft' | 'submitted' = 'draft') {
  const p = await freshPartnership();
  const chain = await buildChain(t.db, p.id, owner);
  const indicator = await buildIndicator(t.db, p.id, chain.outcome.id, { values: [{ year: 2025, value: 7, status }] });
  const base = `/api/partnerships/${p.id}`;
  return { p, chain, indicator, base, indicatorUrl: `${base}/indicators/${indicator.id}`, valueUrl: `${base}/indicators/${indicator.id}/values/2025` };
}
export const RESULTS_EDITORS = { anonymous: 'unauth', outsider: 'hidden', home_coordinator: 'ok', partner_coordinator: 'ok', rest: 'denied' } as const;
export const approvers = (side: 'partner_coordinator' | 'home_coordinator') =>
  ({ anonymous: 'unauth', outsider: 'hidden', admin: 'ok', programme_officer: 'ok', [side]: 'ok', rest: 'denied' }) as const;
export const pdf = Buffer.from('%PDF-1.4 matrix');
export const uploadTo = (c: Client, partnershipId: string) =>
  c.request({ method: 'POST', url: `/api/partnerships/${partnershipId}/documents?fileName=m.pdf`, payload: pdf, headers: { 'content-type': 'application/pdf' } });
export async function freshDocument() {
  const p = await freshPartnership();
  const res = await uploadTo(clients.home_coordinator, p.id);
  expect(res.statusCode).toBe(201);
  return `/api/partnerships/${p.id}/documents/${res.json().id}`;
}

