import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { municipalities, partnerships } from '../../src/db/schema';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { anonymous, createTestApp, signIn, type TestContext } from '../helpers/app';
import { csvRecords } from '../opendata/csv';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

async function partnershipOfHome(name: string) {
  const [row] = await t.db
    .select({ id: partnerships.id })
    .from(partnerships)
    .innerJoin(municipalities, eq(municipalities.id, partnerships.homeMunicipalityId))
    .where(eq(municipalities.name, name));
  return row!.id;
}

describe('the demo programme\'s publication', () => {
  it('publishes the signed agreement of Stord – San Juan Comalapa', async () => {
    const id = await partnershipOfHome('Stord');
    const page = (await anonymous(t.app).get(`/api/public/partnerships/${id}`)).json();
    expect(page.documents).toEqual([expect.objectContaining({ category: 'partnership_agreement', fileName: expect.stringContaining('Samarbeidsavtale') })]);
    expect((await anonymous(t.app).get(page.documents[0].url)).statusCode).toBe(200);
  });

  it('holds back the budget of Klepp – Donji Vakuf, on its page, in open data and in the office\'s settings', async () => {
    const id = await partnershipOfHome('Klepp');
    const page = (await anonymous(t.app).get(`/api/public/partnerships/${id}`)).json();
    expect(page.hidden).toEqual(['budget']);
    expect(page.budget).toBeNull();
    const rows = csvRecords((await anonymous(t.app).get('/api/public/data/budgets.csv')).body).filter((r) => r.partnership_id === id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.budget_ore === '' && r.granted_ore === '')).toBe(true);
    expect(rows.some((r) => Number(r.paid_ore) > 0)).toBe(true);
    const officer = await signIn(t.app, 'officer@mic.example', DEMO_PASSWORD);
    const settings = (await officer.get(`/api/partnerships/${id}/publication`)).json();
    expect(settings).toMatchObject({ public: true, hidden: ['budget'], version: 1, can: { edit: true } });
  });
});
