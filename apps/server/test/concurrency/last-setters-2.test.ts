import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { pdfOf, upload } from '../documents/helpers';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { exactlyOneWins, expectOk, expectStale, firstWinsSecondIsTold, getJson } from './support';

/**
 * The last setters that let the last writer win: a document's metadata, a step's date in the cycle and a
 * deadline's "met" mark. Two people on one version: the first is saved, the second gets 409 with the
 * current version, the first's change stays. A client that sends no version (an older one) is still served.
 */

let t: TestContext;
let office: Client;
let office2: Client;

beforeAll(async () => {
  t = await createTestApp();
  office = await signInAs(t, { globalRole: 'admin', name: 'Office One' });
  office2 = await signInAs(t, { globalRole: 'programme_officer', name: 'Office Two' });
});
afterAll(() => t.close());

describe("a document's metadata", () => {
  async function document() {
    const p = await buildPartnership(t.db, { status: 'active' });
    const doc = (await upload(office, p.id, { fileName: 'decision.pdf', category: 'other' }, pdfOf('d'))).json();
    const url = `/api/partnerships/${p.id}/documents/${doc.id}`;
    const read = async () => getJson(office, url);
    return { url, read };
  }

  /** 409 CONFLICT on `metadataVersion`, naming the version the metadata has now. */
  function expectStaleMetadata(res: LightMyRequestResponse, currentVersion: number) {
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', currentVersion, errors: [{ field: 'metadataVersion' }] });
  }

  it('changed on an old version is refused with the current one; the first change stays', async () => {
    const { url, read } = await document();
    const seen = (await read()).metadataVersion;
    expect(seen).toBe(1);
    const first = await office.patch(url, { language: 'nb', documentDate: '2026-02-01', metadataVersion: seen });
    expectOk(first);
    expect(first.json()).toMatchObject({ language: 'nb', metadataVersion: 2, version: 1 });
    expectStaleMetadata(await office2.patch(url, { language: 'es', metadataVersion: seen }), 2);
    expect(await read()).toMatchObject({ language: 'nb', documentDate: '2026-02-01', metadataVersion: 2 });
    expectOk(await office2.patch(url, { language: 'es', metadataVersion: 2 }));
    expect(await read()).toMatchObject({ language: 'es', documentDate: '2026-02-01', metadataVersion: 3 });
  });

  it('at the same moment, exactly one wins', async () => {
    const { url, read } = await document();
    const [a, b] = await Promise.all([office.patch(url, { language: 'nb', metadataVersion: 1 }), office2.patch(url, { language: 'es', metadataVersion: 1 })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'nb' : 'es';
    expectStaleMetadata(a.statusCode === 409 ? a : b, 2);
    expect(await read()).toMatchObject({ language: winner, metadataVersion: 2 });
  });

  it('without a version (an older client) is still saved', async () => {
    const { url, read } = await document();
    expectOk(await office.patch(url, { category: 'audit_report' }));
    expect(await read()).toMatchObject({ category: 'audit_report', metadataVersion: 2 });
  });
});

describe("a step's date in the cycle", () => {
  // Each test its own funding year: the dates are the programme's.
  let nextYear = 2040;
  function step() {
    const year = nextYear++;
    const url = `/api/programme/cycle-dates/${year}/norad/network-meeting`;
    const read = async () => {
      const found = (await getJson(office, `/api/programme/cycle-dates?year=${year}`)).dates.find((d: { stepCode: string }) => d.stepCode === 'network-meeting');
      return { version: found?.version ?? 0, date: found?.date ?? null };
    };
    return { year, url, read };
  }

  it('set on an old version is refused with the current one; the first date stays', async () => {
    const { year, url, read } = step();
    expectOk(await office.put(url, { date: `${year}-05-01`, version: 0 }));
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.put(url, { date: `${year}-06-03`, version }),
      second: (version) => office2.put(url, { date: `${year}-09-09`, version }),
      kept: (now) => expect(now.date).toBe(`${year}-06-03`),
    });
  });

  it('the first date at the same moment: exactly one wins', async () => {
    const { year, url, read } = step();
    await exactlyOneWins({
      read,
      first: (version) => office.put(url, { date: `${year}-06-03`, version }),
      second: (version) => office2.put(url, { date: `${year}-09-09`, version }),
      kept: () => undefined,
    });
  });

  it('a later date at the same moment: exactly one wins', async () => {
    const { year, url, read } = step();
    expectOk(await office.put(url, { date: `${year}-05-01` }));
    await exactlyOneWins({
      read,
      first: (version) => office.put(url, { date: `${year}-06-03`, version }),
      second: (version) => office2.put(url, { date: `${year}-09-09`, version }),
      kept: () => undefined,
    });
  });

  it('cleared and set again meanwhile: a change on the version read before is still refused', async () => {
    const { year, url, read } = step();
    expectOk(await office.put(url, { date: `${year}-05-01`, version: 0 }));
    const seen = await read();
    expect(seen).toEqual({ version: 1, date: `${year}-05-01` });
    expectOk(await office.put(url, { date: null, version: 1 }));
    expect(await read()).toEqual({ version: 0, date: null });
    expectOk(await office.put(url, { date: `${year}-07-07`, version: 0 }));
    const now = await read();
    expect(now.version).toBeGreaterThan(1);
    expectStale(await office2.put(url, { date: null, version: seen.version }), now.version);
    expect(await read()).toEqual(now);
  });

  it('without a version (an older client) is still set and cleared', async () => {
    const { year, url, read } = step();
    expectOk(await office.put(url, { date: `${year}-06-03` }));
    expect((await read()).date).toBe(`${year}-06-03`);
    expectOk(await office2.put(url, { date: null }));
    expect(await read()).toEqual({ version: 0, date: null });
  });
});

describe("a deadline's met mark", () => {
  async function deadline() {
    const p = await buildPartnership(t.db, { status: 'active', startYear: 2025, endYear: 2027 });
    const url = `/api/partnerships/${p.id}/deadlines/2026/annual-report/met`;
    const read = async () => {
      const found = (await getJson(office, `/api/partnerships/${p.id}/deadlines?year=2026`)).deadlines.find((d: { stepCode: string }) => d.stepCode === 'annual-report');
      return { version: found.version as number, met: found.met as { note: string | null } | null };
    };
    return { url, read };
  }

  it('changed on an old version is refused with the current one; the first note stays', async () => {
    const { url, read } = await deadline();
    expect(await read()).toEqual({ version: 0, met: null });
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.put(url, { met: true, note: 'Received by post', version }),
      second: (version) => office2.put(url, { met: true, note: 'Received by e-mail', version }),
      kept: (now) => expect(now.met).toMatchObject({ note: 'Received by post' }),
    });
  });

  it('taken back on an old version is refused; the mark stays', async () => {
    const { url, read } = await deadline();
    expectOk(await office.put(url, { met: true, note: 'First', version: 0 }));
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.put(url, { met: true, note: 'Corrected', version }),
      second: (version) => office2.put(url, { met: false, version }),
      kept: (now) => expect(now.met).toMatchObject({ note: 'Corrected' }),
    });
  });

  it('the first mark at the same moment: exactly one wins', async () => {
    const { url, read } = await deadline();
    await exactlyOneWins({
      read,
      first: (version) => office.put(url, { met: true, note: 'One', version }),
      second: (version) => office2.put(url, { met: true, note: 'Two', version }),
      kept: () => undefined,
    });
  });

  it('taken back and marked again meanwhile: a change on the version read before is still refused', async () => {
    const { url, read } = await deadline();
    expectOk(await office.put(url, { met: true, note: 'First', version: 0 }));
    const seen = await read();
    expectOk(await office.put(url, { met: false, version: seen.version }));
    expect(await read()).toEqual({ version: 0, met: null });
    expectOk(await office.put(url, { met: true, note: 'Again', version: 0 }));
    const now = await read();
    expect(now.version).toBeGreaterThan(seen.version);
    expectStale(await office2.put(url, { met: true, note: 'Stale', version: seen.version }), now.version);
    expect((await read()).met).toMatchObject({ note: 'Again' });
  });

  it('without a version (an older client) is still marked and taken back', async () => {
    const { url, read } = await deadline();
    expectOk(await office.put(url, { met: true, note: 'Old client' }));
    expect((await read()).met).toMatchObject({ note: 'Old client' });
    expectOk(await office2.put(url, { met: false }));
    expect((await read()).met).toBeNull();
  });
});
