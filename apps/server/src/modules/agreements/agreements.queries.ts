import { DomainError, type Actor, type AgreementDto, type AgreementSignatureDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { agreementLanguages, partnershipOf } from './agreements.facts';
import { mayAmend, signableParties } from './agreements.policy';
import * as repo from './agreements.repository';

const signature = (signatory: string | null, signedOn: string | null): AgreementSignatureDto | null =>
  signatory && signedOn ? { signatory, signedOn } : null;

/** The partnership's agreement as its readers see it; an empty one (version 0) before anything is recorded. */
export async function agreementOf(db: Executor, actor: Actor, partnershipId: string): Promise<AgreementDto> {
  const p = await partnershipOf(db, partnershipId);
  if (!p) throw new DomainError('NOT_FOUND');
  const row = await repo.findAgreement(db, partnershipId);
  const ready = (await repo.approvedApplication(db, partnershipId)) !== null;
  const amendments = row ? await repo.listAmendments(db, row.id) : [];
  const [doc] = row?.signedDocumentId ? await repo.documentNames(db, [row.signedDocumentId]) : [];
  return {
    partnershipId,
    exists: row !== null,
    ready,
    workingLanguage: p.workingLanguage,
    languages: agreementLanguages(p.workingLanguage),
    signatures: {
      home: signature(row?.homeSignatory ?? null, row?.homeSignedOn ?? null),
      partner: signature(row?.partnerSignatory ?? null, row?.partnerSignedOn ?? null),
      ks: signature(row?.ksSignatory ?? null, row?.ksSignedOn ?? null),
    },
    signedDocument: doc ? { id: doc.id, fileName: doc.fileName } : null,
    amendments: amendments.map((a) => ({
      id: a.id,
      what: a.what,
      why: a.why,
      effectiveOn: a.effectiveOn,
      approvedBy: a.approvedBy,
      approvedOn: a.approvedOn,
      recordedAt: a.createdAt.toISOString(),
    })),
    version: row?.version ?? 0,
    can: { sign: ready ? signableParties(actor, partnershipId) : [], amend: ready && mayAmend(actor) },
  };
}
