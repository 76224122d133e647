import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/server/src/app';
import { queryRows } from '../../apps/server/src/db/rows';
import { loadDemoIfEmpty } from '../../apps/server/src/demo/demo.seed';
import { verifyChain } from '../../apps/server/src/modules/audit/audit.service';
import { ensureProgramme } from '../../apps/server/src/modules/programme/programme.bootstrap';
import { signIn, testConfig } from '../../apps/server/test/helpers/app';
import { openTestDatabase } from '../../apps/server/test/helpers/database';
import { buildArchetypes, type Archetype } from '../src/data/archetypes';
import { replicate } from '../src/data/replicate';

// The scale data of `npm run bench:data`: archetypes built through the services, copied with new ids and names.
describe('bench:data', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let archetypes: Archetype[];
  let copies: string[];
  const COPIES = 12;

  beforeAll(async () => {
    database = await openTestDatabase();
    await ensureProgramme(database.db);
    await loadDemoIfEmpty(database.db);
    const demo = new Set((await queryRows<{ id: string }>(database.db, sql`select id from partnerships`)).map((r) => r.id));
    archetypes = await buildArchetypes(database.db, {});
    await replicate(
      database.db,
      archetypes.map((a) => a.partnershipId),
      COPIES,
      { batch: 5 },
    );
    const own = new Set([...demo, ...archetypes.map((a) => a.partnershipId)]);
    copies = (await queryRows<{ id: string }>(database.db, sql`select id from partnerships`)).map((r) => r.id).filter((id) => !own.has(id));
  }, 240_000);
  afterAll(() => database?.close());

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(database.db, q);
  const among = (ids: string[]) => sql`(select json_array_elements_text(${JSON.stringify(ids)}::json)::uuid)`;

  it('copies every archetype with its own municipalities, title and coordinators', async () => {
    const titles = await rows<{ title: string; home: string; partner: string; country: string }>(
      sql`select p.title, h.name as home, m.name as partner, m.country from partnerships p
            join municipalities h on h.id = p.home_municipality_id join municipalities m on m.id = p.partner_municipality_id
            where p.id in ${among(copies)}`,
    );
    expect(titles).toHaveLength(COPIES);
    expect(new Set(titles.map((t) => t.title)).size).toBe(COPIES);
    for (const t of titles) expect(t.title).toContain(t.home);
    const [users] = await rows<{ n: number; distinct: number }>(sql`select count(*)::int as n, count(distinct lower(email))::int as distinct from users`);
    expect(users!.distinct).toBe(users!.n);
    expect(copies).toHaveLength(COPIES);
  });

  it('gives each copy the archetype’s framework, risks and money under fresh ids', async () => {
    const signature = (ids: string[]) =>
      rows<{ id: string; s: string }>(
        sql`select p.id, concat_ws('/',
              (select count(*) from indicators i where i.partnership_id = p.id),
              (select count(*) from risks r where r.partnership_id = p.id),
              (select count(*) from risk_reviews v join risks r on r.id = v.risk_id where r.partnership_id = p.id),
              (select count(*) from instalments i where i.partnership_id = p.id),
              (select count(*) from work_plans w where w.partnership_id = p.id)) as s
            from partnerships p where p.id in ${among(ids)}`,
      );
    const originals = await signature(archetypes.map((a) => a.partnershipId));
    const funded = originals.filter((o) => o.s.split('/')[1] === '6');
    expect(funded.length).toBeGreaterThanOrEqual(4);
    for (const o of funded) expect(Number(o.s.split('/')[0])).toBeGreaterThanOrEqual(8);
    // Copies go round the archetypes: each archetype's make-up appears in two of the twelve copies.
    const made = (await signature(copies)).map((c) => c.s).sort();
    const expected = originals.flatMap((o) => [o.s, o.s]).sort();
    expect(made).toEqual(expected);
    const [ids] = await rows<{ n: number; distinct: number }>(sql`select count(*)::int as n, count(distinct id)::int as distinct from indicators`);
    expect(ids!.distinct).toBe(ids!.n);
  });

  it('keeps the audit chain valid, with the copies’ history in it', async () => {
    const result = await verifyChain(database.db);
    expect(result.ok).toBe(true);
    const copy = { id: copies[0]! };
    const [history] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where partnership_id = ${copy!.id}`);
    expect(history!.n).toBeGreaterThan(50);
  });

  it('is data the platform serves: a copy’s framework and risks through the API', async () => {
    const app = await buildApp({ config: testConfig, database, webDist: null });
    await app.ready();
    try {
      const office = await signIn(app, 'officer@mic.example', 'demo-password-2026');
      const [copy] = await rows<{ id: string }>(sql`select id from partnerships where status = 'active' and id in ${among(copies)} limit 1`);
      const framework = await office.get(`/api/partnerships/${copy!.id}/results`);
      expect(framework.statusCode).toBe(200);
      expect(framework.json().indicators.length).toBeGreaterThanOrEqual(8);
      const risks = await office.get(`/api/partnerships/${copy!.id}/risks`);
      expect(risks.statusCode).toBe(200);
      expect(risks.json().total ?? risks.json().items.length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
