import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineCompletions } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { GTQ_LINE_ORE, YEAR, completeAudit, completeContent, enterIndicatorValues, reportSetting, startReport, type Setting } from './helpers';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  // After the Norad annual-report deadline of 2025 (15 April 2026): a submission now is late.
  t = await createTestApp({}, { clock: () => new Date('2026-05-01T09:00:00Z') });
  officer = await signInAs(t, { name: 'Programme Officer', globalRole: 'programme_officer' });
});
afterAll(() => t.close());

const act = (c: Client, id: string, action: string, body: Record<string, unknown>) => c.post(`/api/reports/${id}/actions/${action}`, body);
const save = (c: Client, id: string, version: number, content: unknown) => c.put(`/api/reports/${id}/content`, { version, content });

/** A report written in full, both sides confirmed, submitted: returns its DTO. */
async function submittedReport(s: Setting) {
  const r = await startReport(s.home, s.p.id);
  let res = await save(s.home, r.id, r.version, completeContent(s));
  expect(res.statusCode, res.body).toBe(200);
  await enterIndicatorValues(t, s);
  expect((await s.home.post(`/api/reports/${r.id}/confirm`)).statusCode).toBe(200);
  res = await s.partner.post(`/api/reports/${r.id}/confirm`);
  expect(res.statusCode).toBe(200);
  res = await act(s.home, r.id, 'submit', { version: res.json().version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('an annual report from start to acceptance', () => {
  it('is started, saved as it is written, refused while incomplete, submitted, returned, resubmitted, accepted and reopened', async () => {
    const s = await reportSetting(t);
    const r = await startReport(s.home, s.p.id);
    expect(r).toMatchObject({ status: 'draft', year: YEAR, submissionCount: 0, finalYear: false, partnershipTitle: s.p.title });
    expect(r.content.financial.lines.map((l: { lineId: string; actual: null }) => [l.lineId, l.actual])).toEqual(s.plan.lines.map((l) => [l.id, null]));
    expect(r.content.narrative.outcomes).toEqual([{ resultId: s.chain.outcome.id, contribution: '' }]);
    expect(r.indicators.map((i: { id: string }) => i.id)).toEqual([s.outcomeIndicator.id, s.outputIndicator.id]);
    expect(r.financial).toMatchObject({ budget: 1_000_000 + GTQ_LINE_ORE, granted: 3_000_000, paid: 1_000_000 + GTQ_LINE_ORE, thresholdPercent: 10 });
    expect(r.can).toMatchObject({ edit: true, confirm: true, actions: ['submit'] });

    let res = await s.partner.post(`/api/partnerships/${s.p.id}/reports`, { year: YEAR });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT');
    res = await s.partner.post(`/api/partnerships/${s.p.id}/reports`, { year: 2030 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('YEAR_OUTSIDE_PERIOD');

    // Autosave twice; a save on a version someone else already replaced is refused.
    const draft = completeContent(s);
    draft.narrative.lessons = '';
    res = await save(s.home, r.id, r.version, { ...draft, narrative: { ...draft.narrative, riskReview: '' } });
    expect(res.statusCode, res.body).toBe(200);
    const v2 = res.json().version;
    expect(v2).toBe(r.version + 1);
    res = await save(s.partner, r.id, v2, draft);
    expect(res.json().version).toBe(v2 + 1);
    res = await save(s.home, r.id, v2, draft);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT');
    // The same content again writes nothing.
    const entries = (await auditEntriesOf(t.db, r.id)).length;
    res = await save(s.home, r.id, v2 + 1, draft);
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(v2 + 1);
    expect((await auditEntriesOf(t.db, r.id)).length).toBe(entries);
    // The GTQ line's actual is converted at the line's rate, whatever the client said.
    expect(res.json().financial.rows[1]).toMatchObject({ localActual: 1_234_567, actual: GTQ_LINE_ORE, variance: 0, variancePercent: '0.0' });

    // Incomplete: one problem entry per missing item, with its path, and the missing confirmations.
    res = await act(s.home, r.id, 'submit', { version: v2 + 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('REPORT_INCOMPLETE');
    expect(res.json().detail).toContain('3 things are missing');
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual([s.outcomeIndicator.id, s.outputIndicator.id, 'narrative.lessons', 'confirmations.home', 'confirmations.partner']);

    // Filled in: the values in the framework, the lessons in the report; both confirm.
    await enterIndicatorValues(t, s);
    res = await save(s.home, r.id, v2 + 1, completeContent(s));
    expect(res.json().missing).toEqual([]);
    res = await s.home.post(`/api/reports/${r.id}/confirm`);
    expect(res.json().confirmations.home).toMatchObject({ byName: 'Kari Home' });
    res = await s.partner.post(`/api/reports/${r.id}/confirm`);
    expect(res.json().confirmations.partner).toMatchObject({ byName: 'Lucía Partner' });
    // A later change clears both confirmations.
    const changed = completeContent(s);
    changed.narrative.indicatorNotes = 'Updated after the annual meeting.';
    res = await save(s.home, r.id, res.json().version, changed);
    expect(res.json().confirmations).toEqual({ home: null, partner: null });
    let version = res.json().version;
    res = await act(s.home, r.id, 'submit', { version });
    expect(res.json().code).toBe('REPORT_CONFIRMATION_MISSING');
    await s.home.post(`/api/reports/${r.id}/confirm`);
    version = (await s.partner.post(`/api/reports/${r.id}/confirm`)).json().version;

    res = await act(s.home, r.id, 'submit', { version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', submissionCount: 1, deadline: '2026-04-15', late: true });
    expect(res.json().versions.map((v: { number: number }) => v.number)).toEqual([1]);
    const met = await t.db
      .select()
      .from(deadlineCompletions)
      .where(and(eq(deadlineCompletions.partnershipId, s.p.id), eq(deadlineCompletions.fundingYear, YEAR)));
    expect(met.map((m) => m.stepCode)).toEqual(['annual-report']);
    expect((await save(s.home, r.id, res.json().version, changed)).json().code).toBe('REPORT_LOCKED');
    expect((await act(s.home, r.id, 'accept', { version: res.json().version })).statusCode).toBe(403);

    // Returned with comments per section; none is refused.
    version = res.json().version;
    res = await act(officer, r.id, 'return', { version, comments: [] });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: 'comments' });
    res = await act(officer, r.id, 'return', { version, message: 'Please see the comments', comments: [{ section: 'financial', comment: 'Explain the venue cost' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('returned');
    expect(res.json().events.at(-1)).toMatchObject({ from: 'submitted', to: 'returned', comments: [{ section: 'financial', comment: 'Explain the venue cost' }] });
    // The office may still edit a returned report, but only the coordinators resubmit it.
    expect(res.json().can).toMatchObject({ edit: true, confirm: false, actions: [] });

    res = await act(s.partner, r.id, 'submit', { version: res.json().version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', submissionCount: 2, late: true });
    expect(res.json().versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    res = await act(officer, r.id, 'submit', { version: res.json().version });
    expect(res.statusCode).toBe(403);

    version = (await officer.get(`/api/reports/${r.id}`)).json().version;
    expect((await act(officer, r.id, 'return', { version: version - 1, comments: [{ section: 'lessons', comment: 'x' }] })).json().code).toBe('CONFLICT');
    res = await act(officer, r.id, 'accept', { version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('accepted');
    expect((await save(s.home, r.id, res.json().version, changed)).json().code).toBe('REPORT_LOCKED');
    expect((await act(officer, r.id, 'accept', { version: res.json().version })).json().code).toBe('INVALID_TRANSITION');

    // Reopening an accepted report needs a reason.
    version = res.json().version;
    res = await act(officer, r.id, 'reopen', { version });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'message' });
    res = await act(officer, r.id, 'reopen', { version, message: 'The auditor found an error in the venue line' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'returned' });
    expect(res.json().events.at(-1)).toMatchObject({ from: 'accepted', to: 'returned', message: 'The auditor found an error in the venue line' });

    const actions = (await auditEntriesOf(t.db, r.id)).map((e) => e.action);
    for (const a of ['report.created', 'report.saved', 'report.confirmed', 'report.submit', 'report.return', 'report.accept', 'report.reopen']) expect(actions).toContain(a);
  });
});

describe('the audit a report needs', () => {
  it('keeps the final year’s report from being accepted until a complete audit of it exists', async () => {
    const s = await reportSetting(t, { startYear: 2023, endYear: YEAR });
    const r = await submittedReport(s);
    expect(r).toMatchObject({ finalYear: true, auditRequired: true, audit: null });
    let res = await act(officer, r.id, 'accept', { version: r.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('AUDIT_MISSING');
    await completeAudit(t, s.p.id, YEAR);
    res = await act(officer, r.id, 'accept', { version: r.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', audit: { year: YEAR, opinion: 'unmodified', complete: true } });
    expect((await save(s.home, r.id, res.json().version, completeContent(s))).json().code).toBe('REPORT_LOCKED');
  });

  it('lets the office require an audit for an earlier year, not for the final one', async () => {
    const s = await reportSetting(t);
    const r = await submittedReport(s);
    let res = await s.home.put(`/api/reports/${r.id}/audit-required`, { required: true });
    expect(res.statusCode).toBe(403);
    res = await officer.put(`/api/reports/${r.id}/audit-required`, { required: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().auditRequired).toBe(true);
    res = await act(officer, r.id, 'accept', { version: res.json().version });
    expect(res.json()).toMatchObject({ code: 'AUDIT_MISSING' });

    const last = await reportSetting(t, { startYear: 2023, endYear: YEAR });
    const final = await startReport(last.home, last.p.id);
    res = await officer.put(`/api/reports/${final.id}/audit-required`, { required: false });
    expect(res.statusCode).toBe(422);
  });
});

describe('the financial report', () => {
  it('asks for an explanation of a variance beyond the threshold, and of unspent funds', async () => {
    const s = await reportSetting(t);
    const r = await startReport(s.home, s.p.id);
    const c = completeContent(s);
    c.financial.lines[0]!.actual = 1_100_000; // exactly 10 %: no explanation needed
    let res = await save(s.home, r.id, r.version, c);
    expect(res.json().financial.rows[0]).toMatchObject({ variance: 100_000, variancePercent: '10.0', explanationNeeded: false });
    c.financial.lines[0]!.actual = 1_100_001;
    res = await save(s.home, r.id, res.json().version, c);
    expect(res.json().financial.rows[0]).toMatchObject({ variance: 100_001, explanationNeeded: true });
    expect(res.json().missing.map((m: { code: string; path: string }) => [m.code, m.path])).toContainEqual(['variance_explanation_missing', 'financial.lines.0.explanation']);
    c.financial.lines[0]!.actual = 800_000;
    c.financial.lines[0]!.explanation = 'One trip was cancelled';
    res = await save(s.home, r.id, res.json().version, c);
    expect(res.json().financial).toMatchObject({ actual: 800_000 + GTQ_LINE_ORE, unspent: 200_000 });
    expect(res.json().missing.map((m: { code: string }) => m.code)).toContain('unspent_explanation_missing');
    expect(res.json().missing.map((m: { code: string }) => m.code)).not.toContain('variance_explanation_missing');
  });

  it('lets one of two simultaneous saves on the same version win; the other gets 409', async () => {
    const s = await reportSetting(t);
    const r = await startReport(s.home, s.p.id);
    const a = completeContent(s);
    const b = completeContent(s);
    b.narrative.lessons = 'Another lesson';
    const answers = await Promise.all([save(s.home, r.id, r.version, a), save(s.partner, r.id, r.version, b)]);
    expect(answers.map((x) => x.statusCode).sort()).toEqual([200, 409]);
    expect((await s.home.get(`/api/reports/${r.id}`)).json().version).toBe(r.version + 1);
  });

  it('refuses lines that are not the work plan’s and texts beyond the limit', async () => {
    const s = await reportSetting(t);
    const r = await startReport(s.home, s.p.id);
    const c = completeContent(s);
    c.financial.lines[1]!.lineId = s.plan.lines[0]!.id;
    let res = await save(s.home, r.id, r.version, c);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'content.financial.lines.1.lineId' });
    const long = completeContent(s);
    long.narrative.lessons = 'x'.repeat(20_001);
    res = await save(s.home, r.id, r.version, long);
    expect(res.statusCode).toBe(422);
  });
});

describe('who sees and changes a report', () => {
  it('hides it from other partnerships, lets auditors read only, and shows donors accepted reports only', async () => {
    const s = await reportSetting(t);
    const other = await reportSetting(t);
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    const r = await startReport(s.home, s.p.id);
    expect((await other.home.get(`/api/reports/${r.id}`)).statusCode).toBe(404);
    expect((await save(other.home, r.id, r.version, completeContent(s))).statusCode).toBe(404);
    expect((await s.auditor.get(`/api/reports/${r.id}`)).statusCode).toBe(200);
    expect((await s.viewer.get(`/api/reports/${r.id}`)).json().can).toEqual({ edit: false, confirm: false, actions: [], setAuditRequired: false });
    expect((await save(s.auditor, r.id, r.version, completeContent(s))).statusCode).toBe(403);
    expect((await s.auditor.post(`/api/reports/${r.id}/confirm`)).statusCode).toBe(403);
    expect((await officer.post(`/api/reports/${r.id}/confirm`)).statusCode).toBe(403);
    expect((await s.auditor.post(`/api/partnerships/${s.p.id}/reports`, { year: 2026 })).statusCode).toBe(403);
    expect((await donor.get(`/api/reports/${r.id}`)).statusCode).toBe(404);
    expect((await donor.get(`/api/partnerships/${s.p.id}/reports`)).json()).toMatchObject({ items: [], canStart: [] });
    const list = (await s.home.get(`/api/partnerships/${s.p.id}/reports`)).json();
    expect(list).toMatchObject({ items: [{ id: r.id, year: YEAR, status: 'draft' }], canStart: [2026, 2027], auditFlags: [] });
    expect((await other.home.get(`/api/partnerships/${s.p.id}/reports`)).statusCode).toBe(404);

    // The office may edit it too.
    const res = await save(officer, r.id, r.version, completeContent(s));
    expect(res.statusCode).toBe(200);

    const done = await submittedReport(other);
    const accepted = await act(officer, done.id, 'accept', { version: done.version });
    expect(accepted.statusCode).toBe(200);
    expect((await donor.get(`/api/reports/${done.id}`)).json()).toMatchObject({ status: 'accepted', can: { edit: false, actions: [] } });
    expect((await donor.get(`/api/partnerships/${other.p.id}/reports`)).json().items).toHaveLength(1);
  });
});
