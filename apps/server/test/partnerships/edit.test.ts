import { DOCUMENT_CATEGORIES } from '@mic/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer' });
});
afterAll(() => t.close());

/** A partnership and a signed-in member of it in the role given. */
async function memberOf(role: 'home_coordinator' | 'partner_coordinator' | 'auditor' | 'viewer', spec: Parameters<typeof buildPartnership>[1] = {}) {
  const p = await buildPartnership(t.db, spec);
  const client = await signInAs(t, { name: `A ${role}`, memberships: [{ partnershipId: p.id, role }] });
  return { p, client };
}

describe('editing a partnership', () => {
  it('lets its home coordinator change fields, bumps the version and audit-logs before and after', async () => {
    const { p, client } = await memberOf('home_coordinator', { title: 'Old title' });
    const res = await client.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'New title', purposes: ['environment', 'participation'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'New title', purposes: ['environment', 'participation'], version: 2, myRole: 'home_coordinator' });
    expect(res.json().can).toEqual({ edit: true, changeStatusTo: ['applied'], manageMembers: false, uploadCategories: [...DOCUMENT_CATEGORIES] });
    const [entry] = await auditEntriesOf(t.db, p.id);
    expect(entry).toMatchObject({
      action: 'partnership.updated',
      actorName: 'A home_coordinator',
      partnershipId: p.id,
      before: { title: 'Old title', purposes: ['service-delivery'], version: 1 },
      after: { title: 'New title', purposes: ['environment', 'participation'], version: 2 },
    });
  });

  it('lets the partner coordinator, a programme officer and an administrator edit', async () => {
    const { p, client } = await memberOf('partner_coordinator');
    expect((await client.patch(`/api/partnerships/${p.id}`, { version: 1, workingLanguage: 'en' })).statusCode).toBe(200);
    expect((await officer.patch(`/api/partnerships/${p.id}`, { version: 2, fundingSource: 'mfa' })).statusCode).toBe(200);
    const admin = await signInAs(t, { globalRole: 'admin' });
    const res = await admin.patch(`/api/partnerships/${p.id}`, { version: 3, title: 'By the admin' });
    expect(res.json()).toMatchObject({ version: 4, workingLanguage: 'en', fundingSource: 'mfa', title: 'By the admin' });
  });

  it('lets auditors, viewers and donor viewers read but not write (403)', async () => {
    for (const role of ['auditor', 'viewer'] as const) {
      const { p, client } = await memberOf(role);
      // An auditor brings the audit's own documents (the audit report and the management letter), a viewer none.
      const uploadCategories = role === 'auditor' ? ['audit_report', 'management_letter'] : [];
      expect((await client.get(`/api/partnerships/${p.id}`)).json().can).toEqual({ edit: false, changeStatusTo: [], manageMembers: false, uploadCategories });
      const res = await client.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Mine now' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const p = await buildPartnership(t.db);
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await donor.get(`/api/partnerships/${p.id}`)).statusCode).toBe(200);
    expect((await donor.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'x' })).statusCode).toBe(403);
  });

  it('moves to a new partner municipality and derives its region', async () => {
    const { p, client } = await memberOf('home_coordinator');
    const mykolaiv = await buildMunicipality(t.db, { name: 'Mykolaiv', country: 'UA' });
    const res = await client.patch(`/api/partnerships/${p.id}`, { version: 1, partnerMunicipalityId: mykolaiv.id, workingLanguage: 'uk' });
    expect(res.json()).toMatchObject({ partnerMunicipality: { name: 'Mykolaiv', country: 'UA' }, region: 'eastern-europe' });
  });

  it('keeps the end year when only the start moves, and takes the default for endYear: null', async () => {
    const { p, client } = await memberOf('home_coordinator', { startYear: 2025, endYear: 2026 });
    const kept = await client.patch(`/api/partnerships/${p.id}`, { version: 1, startYear: 2024 });
    expect(kept.json()).toMatchObject({ startYear: 2024, endYear: 2026 });
    const refused = await client.patch(`/api/partnerships/${p.id}`, { version: 2, startYear: 2027 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'PERIOD_INVALID', errors: [{ field: 'endYear' }] });
    const defaulted = await client.patch(`/api/partnerships/${p.id}`, { version: 2, startYear: 2027, endYear: null });
    expect(defaulted.json()).toMatchObject({ startYear: 2027, endYear: 2029, version: 3 });
  });

  it('enforces the programme rules on the edited whole, writing nothing when refused', async () => {
    const { p, client } = await memberOf('partner_coordinator');
    const before = await auditCount(t.db);
    const res = await client.patch(`/api/partnerships/${p.id}`, { version: 1, purposes: ['service-delivery', 'environment', 'accountability'] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'PURPOSE_LIMIT_EXCEEDED', errors: [{ field: 'purposes' }] });
    const unknown = await client.patch(`/api/partnerships/${p.id}`, { version: 1, homeMunicipalityId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json()).toMatchObject({ code: 'MUNICIPALITY_NOT_FOUND', errors: [{ field: 'homeMunicipalityId' }] });
    expect((await client.get(`/api/partnerships/${p.id}`)).json()).toMatchObject({ version: 1, purposes: ['service-delivery'] });
    expect(await auditCount(t.db)).toBe(before);
  });

  it('needs the version, and refuses fields it does not know', async () => {
    const { p, client } = await memberOf('home_coordinator');
    const noVersion = await client.patch(`/api/partnerships/${p.id}`, { title: 'x' });
    expect(noVersion.statusCode).toBe(422);
    expect(noVersion.json().errors[0].field).toBe('version');
    const status = await client.patch(`/api/partnerships/${p.id}`, { version: 1, status: 'active' });
    expect(status.statusCode).toBe(422);
  });

  it('changes nothing, and logs nothing, when nothing differs', async () => {
    const { p, client } = await memberOf('home_coordinator', { title: 'Same' });
    const res = await client.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Same' });
    expect(res.json().version).toBe(1);
    expect(await auditEntriesOf(t.db, p.id)).toEqual([]);
  });

  it('keeps a closed partnership as it was', async () => {
    const p = await buildPartnership(t.db, { status: 'closed' });
    expect((await officer.get(`/api/partnerships/${p.id}`)).json().can.edit).toBe(false);
    const res = await officer.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Reopened?' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PARTNERSHIP_CLOSED');
  });
});

describe('optimistic concurrency', () => {
  it('refuses a change made on a stale version with 409 CONFLICT', async () => {
    const { p, client } = await memberOf('home_coordinator');
    expect((await officer.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'First' })).statusCode).toBe(200);
    const norwegian = await signInAs(t, { language: 'nb', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    for (const c of [client, norwegian]) {
      const res = await c.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Second' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'CONFLICT', errors: [{ code: 'CONFLICT', field: 'version' }] });
    }
    expect((await norwegian.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Second' })).json().detail).toBe(
      'Noen andre endret dette mens du redigerte. Endringene dine er ikke lagret. Last inn gjeldende versjon for å se hva som er endret, og gjør endringene dine på nytt.',
    );
    expect((await client.get(`/api/partnerships/${p.id}`)).json()).toMatchObject({ title: 'First', version: 2 });
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const { p, client } = await memberOf('home_coordinator');
    const results = await Promise.all([
      client.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Mine' }),
      officer.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'Theirs' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect((await client.get(`/api/partnerships/${p.id}`)).json()).toMatchObject({ title: winner.title, version: 2 });
    expect(await auditEntriesOf(t.db, p.id)).toHaveLength(1);
  });
});

describe('all or nothing', () => {
  it('leaves the partnership untouched when its audit entry cannot be written', async () => {
    const { p, client } = await memberOf('home_coordinator', { title: 'Untouched' });
    // A trigger in the test database refuses this one audit entry, after the update has run.
    await t.db.execute(sql`create function refuse_boom() returns trigger as $$
      begin if new.after->>'title' = 'boom' then raise exception 'audit entry refused'; end if; return new; end $$ language plpgsql`);
    await t.db.execute(sql`create trigger refuse_boom before insert on audit_log for each row execute function refuse_boom()`);
    try {
      const res = await client.patch(`/api/partnerships/${p.id}`, { version: 1, title: 'boom' });
      expect(res.statusCode).toBe(500);
      expect(res.json().code).toBe('INTERNAL_ERROR');
    } finally {
      await t.db.execute(sql`drop trigger refuse_boom on audit_log`);
      await t.db.execute(sql`drop function refuse_boom()`);
    }
    expect((await client.get(`/api/partnerships/${p.id}`)).json()).toMatchObject({ title: 'Untouched', version: 1 });
    expect(await auditEntriesOf(t.db, p.id)).toEqual([]);
  });
});
