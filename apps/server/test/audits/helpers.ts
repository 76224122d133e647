import { createHash, randomUUID } from 'node:crypto';
import type { Executor } from '../../src/db/client';
import { documents } from '../../src/db/schema';
import type { TestContext } from '../helpers/app';
import { buildPartnership, type PartnershipSpec } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

/** A document of the partnership in `category`, written straight to the database; its id. */
export async function auditDocument(db: Executor, partnershipId: string, category: 'audit_report' | 'management_letter' | 'other'): Promise<string> {
  const content = Buffer.from(`%PDF-1.4 ${category} ${randomUUID()}`);
  const id = randomUUID();
  await db.insert(documents).values({
    id,
    seriesId: id,
    partnershipId,
    fileName: `${category}.pdf`,
    mediaType: 'application/pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    category,
  });
  return id;
}

/** A 2027–2029 partnership with its auditor and its home coordinator signed in. */
export async function auditedPartnership(t: TestContext, spec: PartnershipSpec = {}) {
  const p = await buildPartnership(t.db, { startYear: 2027, endYear: 2029, status: 'active', ...spec });
  const auditor = await signInAs(t, { name: 'Ingrid Revisor', memberships: [{ partnershipId: p.id, role: 'auditor' }] });
  const home = await signInAs(t, { name: 'Kari Nordmann', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  return { p, auditor, home };
}

/** Every field of a complete audit (the documents given), to override what a test is about. */
export function completeFields(reportDocumentId: string, managementLetterDocumentId: string | null = null) {
  return {
    firm: 'Revisjon Vest AS',
    auditorName: 'Ingrid Revisor',
    periodStart: '2027-01-01',
    periodEnd: '2029-12-31',
    standard: 'ISA 805',
    opinion: 'unmodified',
    reasonableAssurance: true,
    termsKept: true,
    reportDocumentId,
    managementLetterDocumentId,
    findings: [] as Record<string, unknown>[],
  };
}
