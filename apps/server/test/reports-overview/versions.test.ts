import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffWords, reportSectionText, type ReportVersionDto } from '@mic/domain';
import { annualReports } from '../../src/db/schema';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { insertReport, insertVersion } from './helpers';

let t: TestContext;
let officer: Client;
let donor: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  donor = await signInAs(t, { globalRole: 'donor_viewer' });
});
afterAll(() => t.close());

/** A report returned once and resubmitted: two versions kept whole. */
async function resubmitted() {
  const p = await buildPartnership(t.db, { status: 'active' });
  const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
  const report = await insertReport(t.db, { partnershipId: p.id, year: 2025, status: 'submitted', submissionCount: 2 });
  await insertVersion(t.db, report.id, 2, 'We trained twelve teachers.', new Date('2026-04-20T10:00:00Z'));
  await insertVersion(t.db, report.id, 1, 'We trained ten teachers.', new Date('2026-04-10T10:00:00Z'));
  return { p, auditor, report, url: `/api/reports/${report.id}/versions` };
}

describe('a report’s submitted versions', () => {
  it('are listed oldest first and read whole, so a section of two versions can be compared', async () => {
    const { auditor, url } = await resubmitted();
    const list = await auditor.get(url);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      items: [
        { number: 1, submittedAt: '2026-04-10T10:00:00.000Z', byName: 'Hanne Home' },
        { number: 2, submittedAt: '2026-04-20T10:00:00.000Z', byName: 'Hanne Home' },
      ],
    });
    const [first, second] = await Promise.all([1, 2].map(async (n) => (await officer.get(`${url}/${n}`)).json() as ReportVersionDto));
    expect(first).toMatchObject({ number: 1, byName: 'Hanne Home', submittedAt: '2026-04-10T10:00:00.000Z' });
    expect(first!.content.narrative.outcomes[0]!.contribution).toBe('We trained ten teachers.');
    const diff = diffWords(reportSectionText(first!.content, 'outcomes'), reportSectionText(second!.content, 'outcomes'));
    expect(diff.filter((d) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'ten' },
      { kind: 'added', text: 'twelve' },
    ]);
  });

  it('answer 404 for a version or report that does not exist', async () => {
    const { url } = await resubmitted();
    expect((await officer.get(`${url}/3`)).statusCode).toBe(404);
    expect((await officer.get('/api/reports/not-a-uuid/versions')).statusCode).toBe(404);
    expect((await officer.get('/api/reports/00000000-0000-4000-8000-000000000000/versions/1')).statusCode).toBe(404);
    expect((await officer.get(`${url}/0`)).statusCode).toBe(422);
  });

  it('are hidden from outsiders, and from the donors’ viewers until the report is accepted', async () => {
    const { report, url } = await resubmitted();
    const other = await buildPartnership(t.db);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    expect((await outsider.get(url)).statusCode).toBe(404);
    expect((await outsider.get(`${url}/1`)).statusCode).toBe(404);
    expect((await donor.get(url)).statusCode).toBe(404);
    expect((await anonymous(t.app).get(url)).statusCode).toBe(401);
    await t.db.update(annualReports).set({ status: 'accepted' }).where(eq(annualReports.id, report.id));
    expect((await donor.get(url)).statusCode).toBe(200);
    expect((await donor.get(`${url}/2`)).json().content.narrative.outcomes[0].contribution).toBe('We trained twelve teachers.');
    expect((await outsider.get(url)).statusCode).toBe(404);
  });
});
