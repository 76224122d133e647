import type { Actor } from '@mic/domain';
import type { Executor } from '../../db/client';
import { GENESIS_HASH, findBreak, hashEntry, type ChainBreak } from './audit.chain';
import * as repo from './audit.repository';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  partnershipId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to the hash chain. Call it inside the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function recordChange(tx: Executor, actor: Pick<Actor, 'userId' | 'name'> | null, change: AuditChange) {
  await repo.lockChain(tx);
  const last = await repo.lastEntry(tx);
  const id = await repo.nextId(tx);
  const entry = {
    id,
    at: new Date(),
    actorId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    partnershipId: change.partnershipId ?? null,
    before: toJson(change.before),
    after: toJson(change.after),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await repo.insertEntry(tx, { ...entry, hash: hashEntry(entry) });
}

/** Dates become ISO strings, undefined becomes null: what jsonb will give back. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  break: ChainBreak | null;
}

/** Walks the whole chain page by page and reports the first altered or removed entry. */
export async function verifyChain(db: Executor, pageSize = 1000): Promise<VerifyResult> {
  let state: { id: number | null; hash: string } = { id: null, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const page = await repo.chainPage(db, state.id ?? 0, pageSize);
    if (page.length === 0) return { ok: true, checked, break: null };
    const result = findBreak(page, state);
    if (result.break) return { ok: false, checked: checked + page.findIndex((e) => e.id > (result.last.id ?? 0)), break: result.break };
    checked += page.length;
    state = result.last;
  }
}
