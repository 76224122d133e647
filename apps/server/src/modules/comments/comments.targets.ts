import type { Executor } from '../../db/client';

/**
 * What can be commented on. Each area registers its entity types with a check that the entity
 * belongs to the partnership, so a comment can never point into another partnership.
 */
export type TargetCheck = (db: Executor, partnershipId: string, entityId: string) => Promise<boolean>;

const targets = new Map<string, TargetCheck>([['partnership', async (_db, partnershipId, entityId) => partnershipId === entityId]]);

export function registerCommentTarget(entityType: string, check: TargetCheck) {
  targets.set(entityType, check);
}

export function commentTarget(entityType: string): TargetCheck | undefined {
  return targets.get(entityType);
}

export function commentTargetTypes(): string[] {
  return [...targets.keys()];
}
