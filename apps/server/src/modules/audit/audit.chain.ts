import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEntry {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  partnershipId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/** The hash of one entry: everything it records plus the previous entry's hash. */
export function hashEntry(e: ChainedEntry): string {
  const material = canonicalJson({
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    partnershipId: e.partnershipId,
    before: e.before ?? null,
    after: e.after ?? null,
    prevHash: e.prevHash,
  });
  return createHash('sha256').update(material).digest('hex');
}

export type ChainBreak =
  | { kind: 'altered'; id: number }
  | { kind: 'removed'; afterId: number | null; beforeId: number };

/**
 * Walks entries in id order and returns the first place where the chain is broken: an entry whose
 * content no longer matches its hash (altered), or one whose predecessor is not the entry before it
 * (removed). `previous` carries the state over from an earlier page.
 */
export function findBreak(
  entries: (ChainedEntry & { hash: string })[],
  previous: { id: number | null; hash: string } = { id: null, hash: GENESIS_HASH },
): { break: ChainBreak | null; last: { id: number | null; hash: string } } {
  let last = previous;
  for (const e of entries) {
    if (e.prevHash !== last.hash) return { break: { kind: 'removed', afterId: last.id, beforeId: e.id }, last };
    if (hashEntry(e) !== e.hash) return { break: { kind: 'altered', id: e.id }, last };
    last = { id: e.id, hash: e.hash };
  }
  return { break: null, last };
}
