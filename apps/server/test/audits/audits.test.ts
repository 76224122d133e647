import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audits, partnerships } from '../../src/db/schema';
import { completeAuditFor } from '../../src/modules/audits/audits.check';
import { anonymous, createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { auditDocument, auditedPartnership, completeFields } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('recording an audit', () => {
  it('is started by the partnership’s auditor, completed with the papers and findings, read by the coordinators, and audit-logged', async () => {
    const { p, auditor, home } = await auditedPartnership(t);
    let res = await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029, firm: 'Revisjon Vest AS' });
    expect(res.statusCode).toBe(201);
    const started = res.json();
    expect(started).toMatchObject({ partnershipId: p.id, year: 2029, firm: 'Revisjon Vest AS', standard: 'ISA 805', opinion: null, complete: false, version: 1, updatedByName: 'Ingrid Revisor', can: { edit: true } });
    expect(await completeAuditFor(t.db, p.id, 2029)).toBe(false);

    const report = await auditDocument(t.db, p.id, 'audit_report');
    const letter = await auditDocument(t.db, p.id, 'management_letter');
    const findings = [
      { finding: 'Two travel claims lacked receipts.', action: 'Collect receipts or repay.', due: '2030-03-31', status: 'open' },
      { finding: 'Exchange rate not documented.', action: 'Keep the bank’s rate slip.', due: null, status: 'closed' },
    ];
    res = await auditor.put(`/api/audits/${started.id}`, { ...completeFields(report, letter), opinion: 'qualified', findings, version: 1 });
    expect(res.statusCode).toBe(200);
    const saved = res.json();
    expect(saved).toMatchObject({ opinion: 'qualified', reportDocumentId: report, managementLetterDocumentId: letter, complete: true, version: 2 });
    expect(saved.findings).toHaveLength(2);
    expect(saved.findings[0]).toMatchObject(findings[0]!);
    expect(saved.findings[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.findings[0].id).not.toBe(saved.findings[1].id);
    expect(await completeAuditFor(t.db, p.id, 2029)).toBe(true);
    expect(await completeAuditFor(t.db, p.id, 2028)).toBe(false);

    // A finding keeps its id when it is edited.
    const edited = saved.findings.map((f: Record<string, unknown>, i: number) => (i === 0 ? { ...f, status: 'in_progress' } : f));
    res = await auditor.put(`/api/audits/${started.id}`, { ...completeFields(report, letter), opinion: 'qualified', findings: edited, version: 2 });
    expect(res.json().findings.map((f: { id: string; status: string }) => [f.id, f.status])).toEqual([
      [saved.findings[0].id, 'in_progress'],
      [saved.findings[1].id, 'closed'],
    ]);

    const list = (await home.get(`/api/partnerships/${p.id}/audits`)).json();
    expect(list.items.map((a: { year: number; complete: boolean; can: { edit: boolean } }) => [a.year, a.complete, a.can.edit])).toEqual([[2029, true, false]]);
    const read = await home.get(`/api/audits/${started.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ opinion: 'qualified', version: 3, can: { edit: false } });

    const entries = await auditEntriesOf(t.db, started.id);
    expect(entries.map((e) => e.action)).toEqual(['audit.created', 'audit.updated', 'audit.updated']);
    expect(entries[1]).toMatchObject({ entityType: 'audit', partnershipId: p.id, actorName: 'Ingrid Revisor' });
    expect((entries[1]!.after as { opinion: string }).opinion).toBe('qualified');
  });

  it('is recorded by the programme office too, and lists each year oldest first', async () => {
    const { p } = await auditedPartnership(t);
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    expect((await officer.post(`/api/partnerships/${p.id}/audits`, { year: 2028 })).statusCode).toBe(201);
    expect((await officer.post(`/api/partnerships/${p.id}/audits`, { year: 2027, opinion: 'unmodified' })).statusCode).toBe(201);
    const list = (await officer.get(`/api/partnerships/${p.id}/audits`)).json();
    expect(list.items.map((a: { year: number; opinion: string | null; can: { edit: boolean } }) => [a.year, a.opinion, a.can.edit])).toEqual([
      [2027, 'unmodified', true],
      [2028, null, true],
    ]);
  });
});

describe('what an audit refuses', () => {
  it('a year outside the project period, a second audit of a year, a period that ends before it starts, and unknown opinions', async () => {
    const { p, auditor } = await auditedPartnership(t);
    const before = await auditCount(t.db);
    let res = await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2030 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'YEAR_OUTSIDE_PERIOD', errors: [{ code: 'YEAR_OUTSIDE_PERIOD', field: 'year' }] });
    res = await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029, periodStart: '2029-12-31', periodEnd: '2029-01-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'DATES_INVALID', errors: [{ field: 'periodEnd' }] });
    res = await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029, opinion: 'clean' });
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('opinion');
    expect(await auditCount(t.db)).toBe(before);

    expect((await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029 })).statusCode).toBe(201);
    res = await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT');
    expect(await t.db.select().from(audits).where(eq(audits.partnershipId, p.id))).toHaveLength(1);
  });

  it('documents that are not this partnership’s audit report or management letter, naming each field, and writes nothing', async () => {
    const { p, auditor } = await auditedPartnership(t);
    const other = await buildPartnership(t.db);
    const created = (await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029 })).json();
    const wrongCategory = await auditDocument(t.db, p.id, 'other');
    const othersLetter = await auditDocument(t.db, other.id, 'management_letter');
    const before = await auditCount(t.db);
    const res = await auditor.put(`/api/audits/${created.id}`, { ...completeFields(wrongCategory, othersLetter), periodStart: '2029-12-31', periodEnd: '2029-06-30', version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['DATES_INVALID', 'periodEnd'],
      ['DOCUMENT_NOT_FOUND', 'reportDocumentId'],
      ['DOCUMENT_NOT_FOUND', 'managementLetterDocumentId'],
    ]);
    // The letter in the report's place is refused too: each paper goes in its own field.
    const letter = await auditDocument(t.db, p.id, 'management_letter');
    const swapped = await auditor.put(`/api/audits/${created.id}`, { ...completeFields(letter), version: 1 });
    expect(swapped.json()).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', errors: [{ field: 'reportDocumentId' }] });
    expect(await auditCount(t.db)).toBe(before);
    expect((await auditor.get(`/api/audits/${created.id}`)).json()).toMatchObject({ firm: '', version: 1 });
  });

  it('more than 100 findings, a finding without text, and two findings with one id', async () => {
    const { p, auditor } = await auditedPartnership(t);
    const created = (await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2028 })).json();
    const report = await auditDocument(t.db, p.id, 'audit_report');
    const finding = { finding: 'Late bank reconciliation.', action: 'Reconcile monthly.', due: null, status: 'open' };
    const put = (findings: unknown[]) => auditor.put(`/api/audits/${created.id}`, { ...completeFields(report), findings, version: 1 });
    expect((await put(Array.from({ length: 100 }, () => finding))).statusCode).toBe(200);
    let res = await put(Array.from({ length: 101 }, () => finding));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    res = await auditor.put(`/api/audits/${created.id}`, { ...completeFields(report), findings: [{ ...finding, finding: '  ' }], version: 2 });
    expect(res.json().errors[0].field).toBe('findings.0.finding');
    const id = '6f1c1f0e-8a4b-4d0e-9a57-6d7c2b0f1a11';
    res = await auditor.put(`/api/audits/${created.id}`, { ...completeFields(report), findings: [{ ...finding, id }, { ...finding, id }], version: 2 });
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'findings.1.id' }] });
    expect((await auditor.get(`/api/audits/${created.id}`)).json().findings).toHaveLength(100);
  });

  it('a stale version, and of two auditors saving at once exactly one wins', async () => {
    const { p, auditor } = await auditedPartnership(t);
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const created = (await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029 })).json();
    const report = await auditDocument(t.db, p.id, 'audit_report');
    const [a, b] = await Promise.all([
      auditor.put(`/api/audits/${created.id}`, { ...completeFields(report), firm: 'A', version: 1 }),
      officer.put(`/api/audits/${created.id}`, { ...completeFields(report), firm: 'B', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'version' }] });
    const now = (await auditor.get(`/api/audits/${created.id}`)).json();
    expect(now.version).toBe(2);
    expect(now.firm).toBe(a.statusCode === 200 ? 'A' : 'B');
    expect((await auditEntriesOf(t.db, created.id)).map((e) => e.action)).toEqual(['audit.created', 'audit.updated']);
  });

  it('changes in a closed partnership', async () => {
    const { p, auditor } = await auditedPartnership(t);
    const created = (await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029 })).json();
    await t.db.update(partnerships).set({ status: 'closed' }).where(eq(partnerships.id, p.id));
    expect((await auditor.get(`/api/audits/${created.id}`)).json().can.edit).toBe(false);
    const res = await auditor.put(`/api/audits/${created.id}`, { ...completeFields(await auditDocument(t.db, p.id, 'audit_report')), version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PARTNERSHIP_CLOSED');
    expect((await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2028 })).json().code).toBe('PARTNERSHIP_CLOSED');
  });
});

describe('who sees and writes audits', () => {
  it('coordinators and donor viewers read but may not write (403); other partnerships’ people and auditors are told it does not exist (404)', async () => {
    const { p, auditor, home } = await auditedPartnership(t);
    const created = (await auditor.post(`/api/partnerships/${p.id}/audits`, { year: 2029 })).json();
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    const other = await auditedPartnership(t);
    const url = `/api/audits/${created.id}`;

    expect((await home.post(`/api/partnerships/${p.id}/audits`, { year: 2028 })).statusCode).toBe(403);
    expect((await home.put(url, { version: 1 })).statusCode).toBe(403);
    expect((await donor.get(url)).json()).toMatchObject({ id: created.id, can: { edit: false } });
    expect((await donor.put(url, { version: 1 })).statusCode).toBe(403);

    for (const c of [other.auditor, other.home]) {
      expect((await c.get(url)).statusCode).toBe(404);
      expect((await c.put(url, { version: 1 })).statusCode).toBe(404);
      expect((await c.get(`/api/partnerships/${p.id}/audits`)).statusCode).toBe(404);
      expect((await c.post(`/api/partnerships/${p.id}/audits`, { year: 2028 })).statusCode).toBe(404);
    }
    expect((await auditor.get('/api/audits/not-a-uuid')).statusCode).toBe(404);
    expect((await auditor.get('/api/audits/6f1c1f0e-8a4b-4d0e-9a57-6d7c2b0f1a11')).statusCode).toBe(404);
    expect((await anonymous(t.app).get(url)).statusCode).toBe(401);
    expect(await t.db.select().from(audits).where(eq(audits.partnershipId, p.id))).toHaveLength(1);
  });
});

describe('the OpenAPI document', () => {
  it('describes the audit routes with their bodies', async () => {
    const doc = (await anonymous(t.app).get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/partnerships/{id}/audits', '/api/audits/{id}']));
    expect(doc.paths['/api/audits/{id}'].put.requestBody).toBeDefined();
  });
});
