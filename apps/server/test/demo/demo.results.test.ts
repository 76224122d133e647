import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargets, type IndicatorDto, type PartnershipDto, type ResultsFrameworkDto } from '@mic/domain';
import { DEMO_PARTNERSHIPS } from '../../src/demo/demo.data';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { createTestApp, signIn, type Client, type TestContext } from '../helpers/app';

let t: TestContext;
let officer: Client;
const frameworks = new Map<string, { p: PartnershipDto; f: ResultsFrameworkDto }>();

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
  officer = await signIn(t.app, 'officer@mic.example', DEMO_PASSWORD);
  const list: PartnershipDto[] = (await officer.get('/api/partnerships?pageSize=100')).json().items;
  for (const p of list) frameworks.set(p.title, { p, f: (await officer.get(`/api/partnerships/${p.id}/results`)).json() });
});
afterAll(() => t.close());

const statusesOf = (indicators: IndicatorDto[]) => indicators.map((i) => i.progress.status);

describe('the demo results frameworks', () => {
  it('give every partnership an impact, two or three outcomes (one the home municipality’s), outputs and activities', () => {
    expect(frameworks.size).toBe(DEMO_PARTNERSHIPS.length);
    for (const [title, { f }] of frameworks) {
      const count = (level: string) => f.results.filter((r) => r.level === level).length;
      expect(count('impact'), title).toBe(1);
      expect(count('outcome'), title).toBeGreaterThanOrEqual(2);
      expect(count('outcome'), title).toBeLessThanOrEqual(3);
      expect(count('output'), title).toBeGreaterThanOrEqual(1);
      expect(count('activity'), title).toBeGreaterThanOrEqual(1);
      expect(f.results.some((r) => r.level === 'outcome' && r.owner === 'home'), title).toBe(true);
      for (const r of f.results) {
        expect(r.statement[f.workingLanguage], `${title} ${r.number}`).toBeTruthy();
        expect(r.statement.en, `${title} ${r.number}`).toBeTruthy();
      }
    }
  });

  it('has 4 to 10 indicators each, with baselines and targets that keep the rules', () => {
    for (const [title, { f }] of frameworks) {
      expect(f.indicators.length, title).toBeGreaterThanOrEqual(4);
      expect(f.indicators.length, title).toBeLessThanOrEqual(10);
      for (const i of f.indicators) {
        expect(i.endTarget, `${title}: ${i.name.en}`).not.toBeNull();
        expect(i.targets.length, `${title}: ${i.name.en}`).toBeGreaterThan(0);
        expect(checkTargets(i, i.targets, i.endTarget, f), `${title}: ${i.name.en}`).toEqual([]);
      }
      const missing = f.indicators.filter((i) => !i.baseline).map((i) => i.name.en);
      expect(missing, title).toEqual(title.startsWith('Bergtun') ? ['Risk maps completed'] : []);
      expect(f.warnings.filter((w) => w.code.startsWith('TOO_MANY') || w.code.startsWith('TARGET')), title).toEqual([]);
    }
  });

  it('has actuals for every year already past, a qualitative indicator, some on track and some not', () => {
    const all = [...frameworks.values()];
    for (const { p, f } of all) {
      for (let year = p.startYear; year < 2026 && year <= p.endYear; year++) {
        expect(f.indicators.some((i) => i.values.some((v) => v.year === year && v.status === 'approved')), `${p.title} ${year}`).toBe(true);
      }
      if (p.startYear > 2026) expect(f.indicators.flatMap((i) => i.values), p.title).toEqual([]);
    }
    expect(all.every(({ f }) => f.indicators.some((i) => i.kind === 'qualitative'))).toBe(true);
    const statuses = all.flatMap(({ f }) => statusesOf(f.indicators));
    for (const s of ['on_track', 'at_risk', 'off_track'] as const) expect(statuses).toContain(s);
  });

  it('is written to pass the SMART check, except a draft that shows a double objective', () => {
    for (const [title, { f }] of frameworks) {
      const doubles = f.results.filter((r) => r.smart && !r.smart.letters.specific.pass).map((r) => r.statement.en);
      expect(doubles, title).toEqual(title.startsWith('Nordvik') ? ['Train finance staff so that the budget is published online every quarter'] : []);
      for (const r of f.results.filter((x) => x.smart)) {
        expect(r.smart!.letters.achievable.pass && r.smart!.letters.relevant.pass && r.smart!.letters.measurable.pass, `${title} ${r.number}`).toBe(true);
      }
    }
  });

  it('shows Stord – San Juan Comalapa’s values entered and approved by its coordinators, in Spanish with English beside', () => {
    const { f } = [...frameworks.entries()].find(([title]) => title.startsWith('Stord'))![1];
    expect(f.workingLanguage).toBe('es');
    expect(f.results[0]!.statement.es).toContain('Comalapa');
    const values = f.indicators.flatMap((i) => i.values);
    expect(values.filter((v) => v.year === 2025).every((v) => v.status === 'approved')).toBe(true);
    expect(values.some((v) => v.year === 2026 && v.status === 'submitted')).toBe(true);
    expect(new Set(values.map((v) => v.approvedBy?.name).filter(Boolean))).toEqual(new Set(['Lucía Morales', 'Ingrid Sæbø']));
    const late = [...frameworks.values()].flatMap(({ f: x }) => x.warnings).filter((w) => w.code === 'BASELINE_AFTER_FIRST_ACTIVITY');
    expect(late).toHaveLength(1);
    const returned = [...frameworks.values()].flatMap(({ f: x }) => x.indicators.flatMap((i) => i.values)).filter((v) => v.status === 'returned');
    expect(returned.map((v) => v.returnComment)).toEqual(['Navedite izvor podataka za 2025. godinu.']);
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyChain(t.db)).ok).toBe(true);
  });
});
