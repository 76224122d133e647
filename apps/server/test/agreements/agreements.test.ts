import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, partnerships } from '../../src/db/schema';
import { agreements } from '../../src/db/schema.agreements';
import { documents } from '../../src/db/schema.results';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { buildDocument, partnershipWithCoordinators } from '../applications/helpers';
import { approvedApplication, pdfText, unzipEntry } from './helpers';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2027-02-10T09:00:00Z') });
  officer = await signInAs(t, { name: 'Programme Officer', globalRole: 'programme_officer' });
});
afterAll(() => t.close());

const YEARS = [2027, 2028, 2029];
let n = 0;

/** A partnership (working language Spanish unless told) with Norwegian letters and ñ in its municipalities' names. */
async function partnership(workingLanguage = 'es') {
  n += 1;
  return partnershipWithCoordinators(t, { homeName: `Sør-Ærøy ${n}`, partnerName: `Peñalolén ${n}`, workingLanguage });
}

async function signedCopyOf(partnershipId: string, category = 'partnership_agreement') {
  await buildDocument(t.db, partnershipId, category);
  const [doc] = await t.db.select().from(documents).where(and(eq(documents.partnershipId, partnershipId), eq(documents.category, category)));
  return doc!.id;
}

const sig = (signatory: string, signedOn = '2027-02-01') => ({ signatory, signedOn });

describe('the partnership agreement', () => {
  it('is made in English and Norwegian when there is no template in the working language', async () => {
    const { p, home } = await partnership('bs');
    await approvedApplication(t.db, p.id, YEARS);
    expect((await home.get(`/api/partnerships/${p.id}/agreement`)).json()).toMatchObject({ languages: ['en', 'nb'] });
    const pdf = await home.get(`/api/partnerships/${p.id}/agreement.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(`Peñalolén ${n}`);
    expect((await home.get(`/api/partnerships/${p.id}/agreement.pdf?language=es`)).statusCode).toBe(422);
  });

  it('cannot be generated before an application is approved', async () => {
    const { p, home } = await partnership();
    const res = await home.get(`/api/partnerships/${p.id}/agreement`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ exists: false, ready: false, version: 0, languages: ['es', 'nb'], signatures: { home: null, partner: null, ks: null }, can: { sign: [] } });
    const pdf = await home.get(`/api/partnerships/${p.id}/agreement.pdf`);
    expect(pdf.statusCode).toBe(409);
    expect(pdf.json()).toMatchObject({ code: 'AGREEMENT_NOT_READY' });
    expect((await officer.put(`/api/partnerships/${p.id}/agreement/signatures`, { home: sig('A'), partner: null, ks: null, version: 0 })).json()).toMatchObject({ code: 'AGREEMENT_NOT_READY' });
  });

  it('is generated as PDF and DOCX in the working language and in Norwegian, naming both parties and the granted budget', async () => {
    const { p, partner } = await partnership();
    await approvedApplication(t.db, p.id, YEARS);
    const es = await partner.get(`/api/partnerships/${p.id}/agreement.pdf`);
    expect(es.statusCode).toBe(200);
    expect(es.headers['content-type']).toBe('application/pdf');
    expect(es.headers['content-disposition']).toMatch(/^attachment/);
    const esText = pdfText(es.rawPayload);
    expect(esText).toContain('Acuerdo de asociación');
    expect(esText).toContain(p.home.name);
    expect(esText).toContain(p.partner.name);
    expect(esText).toContain('NOK 400.000');
    expect(esText).toContain('NOK 1.200.000');

    const nb = pdfText((await partner.get(`/api/partnerships/${p.id}/agreement.pdf?language=nb`)).rawPayload);
    expect(nb).toContain('Samarbeidsavtale');
    expect(nb).toContain(p.home.name);
    expect(nb).toContain(p.partner.name);
    expect(nb).toContain('NOK 400 000');
    expect(nb).toContain('15. april 2028');

    const docx = await partner.get(`/api/partnerships/${p.id}/agreement.docx?language=nb`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = unzipEntry(docx.rawPayload, 'word/document.xml')!;
    expect(xml).toContain(p.home.name);
    expect(xml).toContain(p.partner.name);
    expect(xml).toContain('Samarbeidsavtale');

    const en = await partner.get(`/api/partnerships/${p.id}/agreement.docx?language=en`);
    expect(en.statusCode).toBe(422);
  });

  it('records signatures (coordinators their own side, the office all three) and activates the partnership once signed with a signed copy', async () => {
    const { p, home, partner } = await partnership();
    await approvedApplication(t.db, p.id, YEARS);
    const url = `/api/partnerships/${p.id}/agreement/signatures`;
    expect((await home.get(`/api/partnerships/${p.id}/agreement`)).json().can).toEqual({ sign: ['home'], amend: false });

    let res = await home.put(url, { home: sig('Ordfører Kari Nordmann'), partner: null, ks: null, version: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ exists: true, version: 1, signatures: { home: { signatory: 'Ordfører Kari Nordmann', signedOn: '2027-02-01' }, partner: null } });
    expect((await partner.put(url, { home: null, partner: sig('Alcaldesa'), ks: null, version: 1 })).statusCode).toBe(403);
    expect((await partner.put(url, { home: sig('Ordfører Kari Nordmann'), partner: sig('Alcaldesa'), ks: sig('KS'), version: 1 })).statusCode).toBe(403);
    expect((await partner.put(url, { home: sig('Ordfører Kari Nordmann'), partner: sig('Alcaldesa'), ks: null, version: 0 })).statusCode).toBe(409);

    const wrongCategory = await signedCopyOf(p.id, 'other');
    res = await officer.put(url, { home: sig('Ordfører Kari Nordmann'), partner: sig('Alcaldesa'), ks: sig('KS Director'), signedDocumentId: wrongCategory, version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'signedDocumentId' })]);

    res = await officer.put(url, { home: sig('Ordfører Kari Nordmann'), partner: sig('Alcaldesa'), ks: sig('KS Director'), version: 1 });
    expect(res.json().version).toBe(2);
    const [still] = await t.db.select({ status: partnerships.status }).from(partnerships).where(eq(partnerships.id, p.id));
    expect(still!.status).toBe('applied');

    const copy = await signedCopyOf(p.id);
    res = await officer.put(url, { ...res.json().signatures, signedDocumentId: copy, version: 2 });
    expect(res.json()).toMatchObject({ version: 3, signedDocument: { id: copy, fileName: 'partnership_agreement.pdf' } });
    expect((await officer.get(`/api/partnerships/${p.id}`)).json().status).toBe('active');
    expect((await auditEntriesOf(t.db, p.id)).map((e) => e.action)).toContain('partnership.status_changed');
    expect((await auditEntriesOf(t.db, await agreementId(p.id))).filter((e) => e.action === 'agreement.signatures_recorded')).toHaveLength(3);
  });

  it('keeps amendments, newest first, written by the programme office only', async () => {
    const { p, home } = await partnership();
    await approvedApplication(t.db, p.id, YEARS);
    const url = `/api/partnerships/${p.id}/agreement/amendments`;
    const body = { what: 'Budget line moved to training', why: 'Annual meeting decision', effectiveOn: '2028-01-01', approvedBy: 'Annual meeting 2027', approvedOn: '2027-11-20' };
    expect((await home.post(url, body)).statusCode).toBe(403);
    expect((await officer.post(url, { ...body, what: '' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await officer.post(url, body)).statusCode).toBe(201);
    const res = await officer.post(url, { ...body, what: 'Period extended by one year' });
    expect(res.json().amendments.map((a: { what: string }) => a.what)).toEqual(['Period extended by one year', 'Budget line moved to training']);
    expect((await home.get(`/api/partnerships/${p.id}/agreement`)).json().amendments[1]).toMatchObject(body);
    const audited = await t.db.select().from(auditLog).where(and(eq(auditLog.partnershipId, p.id), eq(auditLog.action, 'agreement.amendment_added')));
    expect(audited).toHaveLength(2);
  });
});

describe('the agreement templates', () => {
  it('are loaded for en, nb and es and edited by the programme office, versioned and audited; the agreement follows them', async () => {
    const coordinator = (await partnership('en')).home;
    expect((await coordinator.get('/api/programme/agreement-templates/nb')).statusCode).toBe(403);
    for (const language of ['en', 'nb', 'es']) {
      const res = await officer.get(`/api/programme/agreement-templates/${language}`);
      expect(res.json()).toMatchObject({ language, version: 1 });
      expect(res.json().sections.map((s: { body: string }) => s.body).join()).toContain('{{homeMunicipality}}');
    }
    const before = (await officer.get('/api/programme/agreement-templates/en')).json();
    const sections = [...before.sections, { heading: '9. Languages', body: 'Working language: {{workingLanguage}}, period {{period}}.' }];
    const res = await officer.put('/api/programme/agreement-templates/en', { title: 'Cooperation agreement {{homeMunicipality}}', sections, version: 1 });
    expect(res.json()).toMatchObject({ version: 2, title: 'Cooperation agreement {{homeMunicipality}}' });
    expect((await officer.put('/api/programme/agreement-templates/en', { title: 'x', sections, version: 1 })).statusCode).toBe(409);
    expect((await officer.get('/api/programme/agreement-templates/fr')).statusCode).toBe(422);

    const { p, home } = await partnership('en');
    await approvedApplication(t.db, p.id, [2027]);
    const text = pdfText((await home.get(`/api/partnerships/${p.id}/agreement.pdf`)).rawPayload);
    expect(text).toContain(`Cooperation agreement ${p.home.name}`);
    expect(text).toContain('Working language: English, period 2027–2029.');
  });
});

async function agreementId(partnershipId: string): Promise<string> {
  const [row] = await t.db.select({ id: agreements.id }).from(agreements).where(eq(agreements.partnershipId, partnershipId));
  return row!.id;
}
