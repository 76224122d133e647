import { checkBudgetRules, DomainError, type Actor, type BudgetRules, type BudgetRulesDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { findProgrammeId } from '../programme/programme.repository';
import { recordChange } from '../audit/audit.service';
import type { BudgetRulesBody } from './budget.contract';
import { mayEditBudgetRules } from './budget.policy';
import * as repo from './budget.repository';
import { staleVersion } from '../../lib/version-conflict';

async function programmeIdOf(db: Executor): Promise<string> {
  const id = await findProgrammeId(db);
  if (!id) throw new DomainError('NOT_FOUND');
  return id;
}

/** GET /api/programme/budget-rules: the rules (version 0 and the defaults if the row is somehow missing). */
export async function getBudgetRules(db: Executor, actor: Actor): Promise<BudgetRulesDto> {
  const row = await repo.findRules(db, await programmeIdOf(db));
  return { ...repo.rulesOf(row), version: row?.version ?? 0, can: { edit: mayEditBudgetRules(actor) } };
}

/** PUT /api/programme/budget-rules: version-checked, the rules checked whole, audited. */
export async function updateBudgetRules(db: Executor, actor: Actor, body: BudgetRulesBody): Promise<BudgetRulesDto> {
  if (!mayEditBudgetRules(actor)) throw new DomainError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const programmeId = await programmeIdOf(tx);
    await repo.insertRulesIfMissing(tx, programmeId);
    const before = (await repo.findRules(tx, programmeId, true))!;
    if (before.version !== body.version) throw staleVersion(before.version);
    const { version, ...rules } = body;
    const next: BudgetRules = { ...rules, ineligibleCategories: [...new Set(rules.ineligibleCategories)] };
    DomainError.throwIfAny(checkBudgetRules(next));
    const after = await repo.updateRules(tx, programmeId, { ...next, version: version + 1 });
    await recordChange(tx, actor, {
      action: 'budget_rules.updated',
      entityType: 'budget_rules',
      entityId: programmeId,
      before: { ...repo.rulesOf(before), version: before.version },
      after: { ...repo.rulesOf(after), version: after.version },
    });
    return { ...repo.rulesOf(after), version: after.version, can: { edit: true } };
  });
}
