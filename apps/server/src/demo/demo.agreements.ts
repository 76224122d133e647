import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { filledAgreement, partnershipOf } from '../modules/agreements/agreements.facts';
import { agreementPdf } from '../modules/agreements/agreements.render';
import * as agreementsRepo from '../modules/agreements/agreements.repository';
import { insertDocument } from '../modules/documents/documents.repository';
import { auditFacts } from '../modules/documents/documents.service';

/**
 * The demo's agreement: Stord – San Juan Comalapa's, made from the Norwegian template once its first
 * application was approved, signed by both municipalities and KS, with the signed copy among its
 * documents. Recorded by the programme officer, each step with its audit entry.
 */
export async function loadDemoAgreements(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  const partnershipId = partnershipIds.get('stord-comalapa');
  const p = partnershipId ? await partnershipOf(tx, partnershipId) : null;
  const app = partnershipId ? await agreementsRepo.approvedApplication(tx, partnershipId) : null;
  if (!p || !app) return;
  const [officer] = await tx.select({ userId: users.id, name: users.name }).from(users).where(eq(users.email, 'officer@mic.example'));
  const content = await agreementPdf(await filledAgreement(tx, p, 'nb'));
  const seriesId = randomUUID();
  const doc = await insertDocument(tx, {
    id: seriesId,
    seriesId,
    partnershipId: p.id,
    fileName: 'Samarbeidsavtale Stord – San Juan Comalapa (signert).pdf',
    mediaType: 'application/pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    category: 'partnership_agreement',
    side: null,
    language: 'nb',
    documentDate: '2025-01-20',
    uploadedBy: officer?.userId ?? null,
    uploadedByName: officer?.name ?? null,
  });
  await recordChange(tx, officer ?? null, { action: 'document.uploaded', entityType: 'document', entityId: doc.id, partnershipId: p.id, after: auditFacts(doc) });
  const { row } = await agreementsRepo.lockAgreement(tx, p.id, app.id);
  const after = await agreementsRepo.updateAgreement(tx, row.id, {
    homeSignatory: 'Ordfører i Stord kommune',
    homeSignedOn: '2025-01-10',
    partnerSignatory: 'Alcalde municipal de San Juan Comalapa',
    partnerSignedOn: '2025-01-17',
    ksSignatory: 'Direktør for internasjonalt prosjektarbeid, KS',
    ksSignedOn: '2025-01-20',
    signedDocumentId: doc.id,
    version: 1,
    updatedAt: new Date(),
  });
  const { createdAt: _c, updatedAt: _u, ...facts } = after;
  await recordChange(tx, officer ?? null, { action: 'agreement.signatures_recorded', entityType: 'agreement', entityId: after.id, partnershipId: p.id, after: facts });
}
