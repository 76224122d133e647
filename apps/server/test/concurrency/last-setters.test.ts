import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReports } from '../../src/db/schema';
import { pdfOf, upload } from '../documents/helpers';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { completeContent, enterIndicatorValues, reportSetting, startReport } from '../reports/helpers';
import { exactlyOneWins, expectOk, firstWinsSecondIsTold } from './support';

/**
 * Setters that used to let the last writer win: a report's "audit required" and a document's publication.
 * Two people on one version: the first is saved, the second gets 409 with the current version, the first's
 * choice stays. A client that sends no version (an older one) is still served.
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

describe("a report's audit required", () => {
  async function submitted() {
    const s = await reportSetting(t);
    const r = await startReport(s.home, s.p.id);
    expectOk(await s.home.put(`/api/reports/${r.id}/content`, { version: r.version, content: completeContent(s) }));
    await enterIndicatorValues(t, s);
    expectOk(await s.home.post(`/api/reports/${r.id}/confirm`));
    const confirmed = await s.partner.post(`/api/reports/${r.id}/confirm`);
    expectOk(confirmed);
    expectOk(await s.home.post(`/api/reports/${r.id}/actions/submit`, { version: confirmed.json().version }));
    const id = r.id as string;
    const read = async () => (await t.db.select().from(annualReports).where(eq(annualReports.id, id)))[0]!;
    return { id, read };
  }

  it('set on an old version is refused; the first choice stays', async () => {
    const { id, read } = await submitted();
    const url = `/api/reports/${id}/audit-required`;
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.put(url, { required: true, version }),
      second: (version) => office2.put(url, { required: false, version }),
      kept: (now) => expect(now.auditRequired).toBe(true),
    });
  });

  it('at the same moment, exactly one wins', async () => {
    const { id, read } = await submitted();
    const url = `/api/reports/${id}/audit-required`;
    await exactlyOneWins({
      read,
      first: (version) => office.put(url, { required: true, version }),
      second: (version) => office2.put(url, { required: true, version }),
      kept: () => undefined,
    });
  });

  it('without a version (an older client) is still saved', async () => {
    const { id, read } = await submitted();
    const res = await office.put(`/api/reports/${id}/audit-required`, { required: true });
    expectOk(res);
    expect((await read()).auditRequired).toBe(true);
  });
});

describe("a document's publication", () => {
  async function twoDocuments() {
    const p = await buildPartnership(t.db, { status: 'active' });
    const a = (await upload(office, p.id, { fileName: 'agreement.pdf', category: 'partnership_agreement' }, pdfOf('a'))).json();
    const b = (await upload(office, p.id, { fileName: 'baseline.pdf', category: 'other' }, pdfOf('b'))).json();
    const settingsUrl = `/api/partnerships/${p.id}/publication`;
    const docUrl = (d: { id: string }) => `/api/partnerships/${p.id}/documents/${d.id}/publication`;
    const read = async () => {
      const res = await office.get(settingsUrl);
      expectOk(res);
      return res.json() as { version: number; documents: { id: string; published: boolean }[] };
    };
    const published = (now: Record<string, unknown>, d: { id: string }) => (now.documents as { id: string; published: boolean }[]).find((x) => x.id === d.id)!.published;
    return { p, a, b, docUrl, read, published, settingsUrl };
  }

  it('published or withdrawn on an old version is refused; the first change stays', async () => {
    const { a, b, docUrl, read, published } = await twoDocuments();
    // Before anything is saved the settings are at version 0: the first publication moves them to 1.
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.put(docUrl(a), { published: true, version }),
      second: (version) => office2.put(docUrl(b), { published: true, version }),
      kept: (now) => {
        expect(published(now, a)).toBe(true);
        expect(published(now, b)).toBe(false);
      },
    });
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.put(docUrl(a), { published: false, version }),
      second: (version) => office2.put(docUrl(a), { published: true, version }),
      kept: (now) => expect(published(now, a)).toBe(false),
    });
  });

  it('a document published moves the held-back parts on: a save made before it is told', async () => {
    const { a, docUrl, read, published, settingsUrl } = await twoDocuments();
    const seen = (await read()).version;
    expectOk(await office.put(docUrl(a), { published: true, version: seen }));
    const stale = await office2.put(settingsUrl, { version: seen, hidden: ['budget'] });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().currentVersion).toBe(seen + 1);
    const now = await read();
    expect(published(now, a)).toBe(true);
    expect(now).toMatchObject({ hidden: [] });
  });

  it('at the same moment, exactly one wins', async () => {
    const { a, b, docUrl, read } = await twoDocuments();
    await exactlyOneWins({
      read,
      first: (version) => office.put(docUrl(a), { published: true, version }),
      second: (version) => office2.put(docUrl(b), { published: true, version }),
      kept: () => undefined,
    });
  });

  it('without a version (an older client) is still published', async () => {
    const { a, docUrl, read, published } = await twoDocuments();
    expectOk(await office.put(docUrl(a), { published: true }));
    expect(published(await read(), a)).toBe(true);
  });
});
