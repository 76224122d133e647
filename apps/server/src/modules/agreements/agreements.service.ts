import { AGREEMENT_PARTIES, DomainError, canTransition, type Actor, type AgreementParty, type PartnershipStatus } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import * as partnershipsRepo from '../partnerships/partnerships.repository';
import { snapshot as partnershipSnapshot } from '../partnerships/partnerships.present';
import type { AmendmentBody, SignaturesBody } from './agreements.contract';
import { mayAmend, signableParties } from './agreements.policy';
import * as repo from './agreements.repository';
import { staleVersion } from '../../lib/version-conflict';

type SignatureColumns = Pick<repo.AgreementRow, 'homeSignatory' | 'homeSignedOn' | 'partnerSignatory' | 'partnerSignedOn' | 'ksSignatory' | 'ksSignedOn'>;

function columnsOf(party: AgreementParty, s: SignaturesBody[AgreementParty]): Partial<SignatureColumns> {
  return { [`${party}Signatory`]: s?.signatory ?? null, [`${party}SignedOn`]: s?.signedOn ?? null };
}

function sameSignature(row: repo.AgreementRow, party: AgreementParty, s: SignaturesBody[AgreementParty]): boolean {
  const r = row as unknown as Record<string, string | null>;
  return (r[`${party}Signatory`] ?? null) === (s?.signatory ?? null) && (r[`${party}SignedOn`] ?? null) === (s?.signedOn ?? null);
}

function snapshot(row: repo.AgreementRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

/** The agreement needs an approved application; answers it (inside the transaction). */
async function requireApproved(tx: Executor, partnershipId: string) {
  const app = await repo.approvedApplication(tx, partnershipId);
  if (!app) throw new DomainError('AGREEMENT_NOT_READY');
  return app;
}

/**
 * All three signed and the signed copy is there: an `applied` partnership becomes `active`, by the
 * partnership state machine, in the same transaction, audited.
 */
async function activateWhenSigned(tx: Executor, actor: Actor, row: repo.AgreementRow) {
  const complete = row.homeSignedOn && row.partnerSignedOn && row.ksSignedOn && row.signedDocumentId;
  if (!complete) return;
  const before = await partnershipsRepo.lockPartnership(tx, row.partnershipId);
  if (!before || before.status !== 'applied' || !canTransition(before.status as PartnershipStatus, 'active')) return;
  const after = await partnershipsRepo.updatePartnership(tx, before.id, { status: 'active', version: before.version + 1 });
  await recordChange(tx, actor, {
    action: 'partnership.status_changed',
    entityType: 'partnership',
    entityId: before.id,
    partnershipId: before.id,
    before: partnershipSnapshot(before),
    after: partnershipSnapshot(after),
  });
}

/**
 * Records the signatures (signatory and date per party) and the signed copy. The programme office
 * records all three; a coordinator only their own municipality's side: any other change is refused.
 */
export async function recordSignatures(db: Db, actor: Actor, partnershipId: string, body: SignaturesBody): Promise<void> {
  await db.transaction(async (tx) => {
    const app = await requireApproved(tx, partnershipId);
    const { row: before } = await repo.lockAgreement(tx, partnershipId, app.id);
    if (before.version !== body.version) throw staleVersion(before.version);
    const allowed = signableParties(actor, partnershipId);
    const changed = AGREEMENT_PARTIES.filter((party) => !sameSignature(before, party, body[party]));
    if (changed.some((party) => !allowed.includes(party))) throw new DomainError('FORBIDDEN');
    let signedDocumentId = before.signedDocumentId;
    if (body.signedDocumentId !== undefined && body.signedDocumentId !== before.signedDocumentId) {
      if (body.signedDocumentId && !(await repo.signedCopy(tx, partnershipId, body.signedDocumentId))) {
        throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'DOCUMENT_NOT_FOUND', field: 'signedDocumentId' }] });
      }
      signedDocumentId = body.signedDocumentId;
    }
    if (!changed.length && signedDocumentId === before.signedDocumentId) return;
    const values = Object.assign({}, ...AGREEMENT_PARTIES.map((party) => columnsOf(party, body[party]))) as Partial<SignatureColumns>;
    const after = await repo.updateAgreement(tx, before.id, { ...values, signedDocumentId, version: before.version + 1, updatedAt: new Date() });
    await recordChange(tx, actor, {
      action: 'agreement.signatures_recorded',
      entityType: 'agreement',
      entityId: after.id,
      partnershipId,
      before: snapshot(before),
      after: snapshot(after),
    });
    await activateWhenSigned(tx, actor, after);
  });
}

/** Adds an amendment (programme office): what changed, why, from when, approved by whom. */
export async function addAmendment(db: Db, actor: Actor, partnershipId: string, body: AmendmentBody): Promise<void> {
  if (!mayAmend(actor)) throw new DomainError('FORBIDDEN');
  await db.transaction(async (tx) => {
    const app = await requireApproved(tx, partnershipId);
    const { row } = await repo.lockAgreement(tx, partnershipId, app.id);
    const amendment = await repo.insertAmendment(tx, { agreementId: row.id, ...body, recordedBy: actor.userId });
    await repo.updateAgreement(tx, row.id, { version: row.version + 1, updatedAt: new Date() });
    await recordChange(tx, actor, {
      action: 'agreement.amendment_added',
      entityType: 'agreement_amendment',
      entityId: amendment.id,
      partnershipId,
      after: { ...body, agreementId: row.id },
    });
  });
}
