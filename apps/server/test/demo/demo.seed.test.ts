import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_ROLES, MIC_2013, PARTNERSHIP_ROLES, checkPartnership, regionOfCountry } from '@mic/domain';
import { auditLog, municipalities, partnerships, users } from '../../src/db/schema';
import { DEMO_MUNICIPALITIES, DEMO_PARTNERSHIPS } from '../../src/demo/demo.data';
import { DEMO_PASSWORD, loadDemoIfEmpty, type DemoSignIn } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { createTestApp, signIn, type TestContext } from '../helpers/app';

let t: TestContext;
let signIns: DemoSignIn[];
beforeAll(async () => {
  t = await createTestApp();
  signIns = await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo programme', () => {
  it('spans all four regions and both funding sources with at least eight partnerships', async () => {
    const rows = await t.db
      .select({ country: municipalities.country, fundingSource: partnerships.fundingSource, status: partnerships.status, title: partnerships.title })
      .from(partnerships)
      .innerJoin(municipalities, eq(municipalities.id, partnerships.partnerMunicipalityId));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map((r) => regionOfCountry(MIC_2013, r.country)?.code))).toEqual(new Set(MIC_2013.regions.map((r) => r.code)));
    expect(new Set(rows.map((r) => r.fundingSource))).toEqual(new Set(['norad', 'mfa']));
    for (const s of ['draft', 'applied', 'active', 'completed']) expect(rows.map((r) => r.status)).toContain(s);
    expect(rows.map((r) => r.title)).toContainEqual(expect.stringContaining('Stord – San Juan Comalapa'));
  });

  it('keeps every rule of the programme', () => {
    const country = new Map(DEMO_MUNICIPALITIES.map((m) => [m.key, m.country]));
    for (const p of DEMO_PARTNERSHIPS) {
      const violations = checkPartnership(
        {
          ...p,
          homeMunicipality: { id: p.home, country: country.get(p.home)! },
          partnerMunicipality: { id: p.partner, country: country.get(p.partner)! },
        },
        MIC_2013,
      );
      expect(violations, p.title).toEqual([]);
    }
  });

  it('has a user for every role, and each can sign in with the demo password', async () => {
    const roles = signIns.map((s) => s.role);
    for (const role of [...GLOBAL_ROLES, ...PARTNERSHIP_ROLES]) expect(roles).toContain(role);
    expect(signIns.filter((s) => s.role === 'partner_coordinator')).toHaveLength(2);
    for (const s of signIns) {
      const client = await signIn(t.app, s.email, DEMO_PASSWORD);
      const me = (await client.get('/api/auth/session')).json().user;
      expect(me.globalRole ?? me.memberships[0]?.role).toBe(s.role);
    }
    const spanish = await signIn(t.app, 'comalapa@mic.example', DEMO_PASSWORD);
    expect((await spanish.get('/api/auth/session')).json().user.language).toBe('es');
  });

  it('separates the two partner coordinators', async () => {
    const comalapa = (await (await signIn(t.app, 'comalapa@mic.example', DEMO_PASSWORD)).get('/api/auth/session')).json().user;
    const panajachel = (await (await signIn(t.app, 'panajachel@mic.example', DEMO_PASSWORD)).get('/api/auth/session')).json().user;
    expect(comalapa.memberships).toHaveLength(1);
    expect(panajachel.memberships).toHaveLength(1);
    expect(comalapa.memberships[0].partnershipId).not.toBe(panajachel.memberships[0].partnershipId);
  });

  it('records every row in the audit log, without password hashes, and the chain holds', async () => {
    const entries = await t.db.select().from(auditLog);
    const count = (action: string) => entries.filter((e) => e.action === action).length;
    expect(count('partnership.created')).toBe(DEMO_PARTNERSHIPS.length);
    expect(count('user.created')).toBe(signIns.length);
    expect(count('municipality.created')).toBe((await t.db.select().from(municipalities)).length);
    expect(JSON.stringify(entries)).not.toContain('$argon2');
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('loads nothing the second time', async () => {
    const before = {
      users: (await t.db.select().from(users)).length,
      partnerships: (await t.db.select().from(partnerships)).length,
      audit: (await t.db.select().from(auditLog)).length,
    };
    expect(await loadDemoIfEmpty(t.db)).toEqual([]);
    expect({
      users: (await t.db.select().from(users)).length,
      partnerships: (await t.db.select().from(partnerships)).length,
      audit: (await t.db.select().from(auditLog)).length,
    }).toEqual(before);
  });
});
