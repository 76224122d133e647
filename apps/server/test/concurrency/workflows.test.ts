import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReports, applicationAppraisals, applications, instalments, workPlans } from '../../src/db/schema';
import { completeContent as applicationText, completeSurroundings, createApplication, partnershipWithCoordinators } from '../applications/helpers';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';
import { firmGrant, inAppraisal } from '../payments/helpers';
import { completeContent as reportText, reportSetting, startReport } from '../reports/helpers';
import { exactlyOneWins, firstWinsSecondIsTold, getJson } from './support';

/** Objects with a status workflow: applications, annual reports, work plans, instalments. Edits and actions on an old version are refused. */

let t: TestContext;
let office: Client;
let office2: Client;

beforeAll(async () => {
  t = await createTestApp();
  office = await signInAs(t, { globalRole: 'admin', name: 'Office One' });
  office2 = await signInAs(t, { globalRole: 'programme_officer', name: 'Office Two' });
});
afterAll(() => t.close());

const row = async <T>(rows: Promise<T[]>) => (await rows)[0]!;

describe('an application', () => {
  it('the text, a confirmation and a submit on the old version are refused; the first save stays', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    await completeSurroundings(t.db, p.id);
    const app = await createApplication(home, p.id, { year: 2027 });
    const url = `/api/applications/${app.id as string}`;
    const read = () => row(t.db.select().from(applications).where(eq(applications.id, app.id)));
    const years = [2027, 2028, 2029];
    await firstWinsSecondIsTold({
      read,
      first: (version) => home.put(url, { content: applicationText(years), version }),
      second: (version) => partner.put(url, { content: { ...applicationText(years), summary: 'Agua para todos' }, version }),
      kept: (now) => expect((now.content as { summary: string }).summary).toBe(applicationText(years).summary),
    });
    await firstWinsSecondIsTold({
      read,
      first: (version) => home.post(`${url}/confirm`, { version }),
      second: (version) => partner.put(url, { content: { ...applicationText(years), summary: 'Agua para todos' }, version }),
      kept: (now) => expect(now.homeConfirmedAt).not.toBeNull(),
    });
  });

  it('the appraisal and a decision on the old version are refused', async () => {
    const { app } = await inAppraisal(t, office);
    const url = `/api/applications/${app.id}`;
    const appraisal = (internalNote: string, version: number) => ({ items: [], recommendation: null, internalNote, version });
    await firstWinsSecondIsTold({
      read: async () => (await row(t.db.select().from(applicationAppraisals).where(eq(applicationAppraisals.applicationId, app.id)).then((r) => (r.length ? r : [{ version: 1 }])))) as { version: number },
      first: (version) => office.put(`${url}/appraisal`, appraisal('Strong local ownership.', version)),
      second: (version) => office2.put(`${url}/appraisal`, appraisal('Weak budget.', version)),
      kept: (now) => expect(now.internalNote).toBe('Strong local ownership.'),
    });
    const read = () => row(t.db.select().from(applications).where(eq(applications.id, app.id)));
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.post(`${url}/actions/return`, { version, message: 'Please add the budget for 2029.' }),
      second: (version) => office2.post(`${url}/actions/reject`, { version, message: 'Out of scope.' }),
      kept: (now) => expect(now.status).toBe('returned'),
      // A rejection no longer fits a returned application: the workflow says so, and names the version.
      code: 'INVALID_TRANSITION',
    });
  });
});

describe('an annual report', () => {
  it('the text saved on the old version is refused, and so is a review decision', async () => {
    const s = await reportSetting(t);
    const report = await startReport(s.home, s.p.id);
    const url = `/api/reports/${report.id as string}`;
    const read = () => row(t.db.select().from(annualReports).where(eq(annualReports.id, report.id)));
    const mine = reportText(s);
    await firstWinsSecondIsTold({
      read,
      first: (version) => s.home.put(`${url}/content`, { version, content: mine }),
      second: (version) => s.partner.put(`${url}/content`, { version, content: { ...mine, narrative: { ...mine.narrative, lessons: 'Otra lección' } } }),
      kept: (now) => expect(JSON.stringify(now.content)).toContain('Start procurement early.'),
    });
    await t.db.update(annualReports).set({ status: 'submitted', submissionCount: 1 }).where(eq(annualReports.id, report.id));
    await firstWinsSecondIsTold({
      read,
      first: (version) => office.post(`${url}/actions/accept`, { version }),
      second: (version) => office2.post(`${url}/actions/return`, { version, comments: [{ section: 'lessons', comment: 'Say more' }] }),
      kept: (now) => expect(now.status).toBe('accepted'),
      code: 'INVALID_TRANSITION',
    });
  });
});

describe('an annual report’s confirmation', () => {
  it('a confirmation of a text someone changed since it was read is refused; without a version (an older client) it confirms', async () => {
    const s = await reportSetting(t);
    const report = await startReport(s.home, s.p.id);
    const url = `/api/reports/${report.id as string}`;
    await firstWinsSecondIsTold({
      read: () => row(t.db.select().from(annualReports).where(eq(annualReports.id, report.id))),
      first: (version) => s.partner.put(`${url}/content`, { version, content: reportText(s) }),
      second: (version) => s.home.post(`${url}/confirm`, { version }),
      kept: (now) => expect(now.homeConfirmedAt).toBeNull(),
    });
    const res = await s.home.post(`${url}/confirm`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await row(t.db.select().from(annualReports).where(eq(annualReports.id, report.id)))).homeConfirmedAt).not.toBeNull();
  });
});

describe('a work plan', () => {
  const plan = (description: string) => {
    const activityId = randomUUID();
    return {
      activities: [{ id: activityId, outputId: null, title: 'Exchange visit', responsible: 'both', startMonth: 3, endMonth: 5 }],
      lines: [{ id: randomUUID(), activityId, category: 'travel', side: 'home', description, amount: 1_000_000, local: null }],
    };
  };

  it('the first save (version 0), a later save and an approval on the old version are refused', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t, { status: 'draft' });
    const url = `/api/partnerships/${p.id}/budget/2027`;
    const read = async () => (await t.db.select().from(workPlans).where(eq(workPlans.partnershipId, p.id)))[0] ?? { version: 0 };
    await firstWinsSecondIsTold({
      read,
      first: (version) => home.put(url, { version, ...plan('Flights') }),
      second: (version) => partner.put(url, { version, ...plan('Vuelos') }),
      kept: (now) => expect(JSON.stringify(now.content)).toContain('Flights'),
    });
    await firstWinsSecondIsTold({
      read,
      first: (version) => partner.put(url, { version, ...plan('Vuelos') }),
      second: (version) => office.post(`${url}/approve`, { version }),
      kept: (now) => expect([JSON.stringify(now.content).includes('Vuelos'), now.status]).toEqual([true, 'draft']),
    });
  });
});

describe('instalments', () => {
  async function withInstalments() {
    const { p } = await partnershipWithCoordinators(t, { startYear: 2025, endYear: 2027 });
    await firmGrant(t, p, 2025, 100_000_00);
    const url = `/api/partnerships/${p.id}/instalments`;
    const list = (await getJson(office, url)).instalments as { id: string; version: number; amount: number }[];
    const id = list[0]!.id;
    return { url, list, id, read: () => row(t.db.select().from(instalments).where(eq(instalments.id, id))) };
  }

  it('withholding an instalment someone has approved meanwhile is refused; the approval stays', async () => {
    const i = await withInstalments();
    await firstWinsSecondIsTold({
      read: i.read,
      first: (version) => office.post(`${i.url}/${i.id}/actions/approve`, { version, overrideReason: 'The report was agreed by telephone' }),
      second: (version) => office2.post(`${i.url}/${i.id}/actions/withhold`, { version, reason: 'Report missing' }),
      kept: (now) => expect(now.status).toBe('approved'),
    });
  });

  it('a new split on an old version of an instalment is refused and names that instalment', async () => {
    const i = await withInstalments();
    expect((await office.post(`${i.url}/${i.id}/actions/withhold`, { version: i.list[0]!.version, reason: 'Report missing' })).statusCode).toBe(200);
    const res = await office2.put(`${i.url}/2025/split`, { amounts: i.list.map((x) => ({ id: x.id, amount: x.amount, version: x.version })) });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', currentVersion: (await i.read()).version, errors: [{ field: 'amounts.0.version' }] });
  });

  it('approve and withhold at the same moment: exactly one happens', async () => {
    const i = await withInstalments();
    await exactlyOneWins({
      read: i.read,
      first: (version) => office.post(`${i.url}/${i.id}/actions/approve`, { version, overrideReason: 'The report was agreed by telephone' }),
      second: (version) => office2.post(`${i.url}/${i.id}/actions/withhold`, { version, reason: 'Report missing' }),
      kept: () => {},
    });
  });
});
