import { DomainError, type Actor } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import * as repo from './results.repository';
import { checkVersion, staleVersion } from '../../lib/version-conflict';

/**
 * Opens a change to a partnership's results framework inside the write transaction: locks the
 * partnership (404 when unknown), checks the actor's right again on what is locked (403), and refuses
 * any change once the partnership is closed (409 PARTNERSHIP_CLOSED).
 */
export async function lockOpen(tx: Executor, actor: Actor, partnershipId: string, allowed?: (actor: Actor, id: string) => boolean) {
  const facts = isUuid(partnershipId) ? await repo.lockPartnershipFacts(tx, partnershipId) : null;
  if (!facts) throw new DomainError('NOT_FOUND');
  if (allowed && !allowed(actor, partnershipId)) throw new DomainError('FORBIDDEN');
  if (facts.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
  return facts;
}

/** 409 CONFLICT on the version field (someone changed it since), with the version it has now. */
export const stale = staleVersion;
export { checkVersion };
