import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { pdfOf, replace, upload } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('an auditor’s documents', () => {
  it('lets the partnership’s auditor upload and replace the audit report and the management letter, and nothing else', async () => {
    const p = await buildPartnership(t.db, { status: 'active' });
    const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const home = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });

    const report = await upload(auditor, p.id, { fileName: 'audit.pdf', category: 'audit_report' }, pdfOf('audit report'));
    expect(report.statusCode).toBe(201);
    const letter = await upload(auditor, p.id, { fileName: 'letter.pdf', category: 'management_letter' }, pdfOf('letter'));
    expect(letter.statusCode).toBe(201);
    expect((await replace(auditor, p.id, report.json().id, { fileName: 'audit-v2.pdf' }, pdfOf('audit report v2'))).statusCode).toBe(201);

    // Not another kind of document, not moving one out of the audit's, not a coordinator's document.
    const other = await upload(auditor, p.id, { fileName: 'minutes.pdf', category: 'annual_meeting_minutes' }, pdfOf('minutes'));
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'FORBIDDEN' });
    const moved = await auditor.patch(`/api/partnerships/${p.id}/documents/${letter.json().id}`, { category: 'other' });
    expect(moved.statusCode).toBe(403);
    const minutes = await upload(home, p.id, { fileName: 'minutes.pdf', category: 'annual_meeting_minutes' }, pdfOf('minutes'));
    expect(minutes.statusCode).toBe(201);
    expect((await replace(auditor, p.id, minutes.json().id, { fileName: 'm2.pdf' }, pdfOf('m2'))).statusCode).toBe(403);
    const list = (await home.get(`/api/partnerships/${p.id}/documents`)).json();
    expect(list.items.map((d: { category: string }) => d.category).sort()).toEqual(['annual_meeting_minutes', 'audit_report', 'management_letter']);
  });

  it('does not let an auditor of another partnership upload here', async () => {
    const p = await buildPartnership(t.db, { status: 'active' });
    const elsewhere = await buildPartnership(t.db, { status: 'active' });
    const auditor = await signInAs(t, { memberships: [{ partnershipId: elsewhere.id, role: 'auditor' }] });
    expect((await upload(auditor, p.id, { fileName: 'audit.pdf', category: 'audit_report' }, pdfOf('x'))).statusCode).toBe(404);
  });
});
