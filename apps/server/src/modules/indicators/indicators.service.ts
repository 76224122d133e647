import { randomUUID } from 'node:crypto';
import {
  DomainError,
  checkBaseline,
  checkScale,
  checkTargets,
  checkValue,
  checkWorkingLanguageText,
  isObjectiveLevel,
  normaliseIndicator,
  placeAt,
  type Actor,
  type IndicatorFacts,
  type ResultLevel,
  type Violation,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { indicators } from '../../db/schema';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import { checkVersion, lockOpen } from '../results/results.guard';
import { mayEditResults } from '../results/results.policy';
import * as resultsRepo from '../results/results.repository';
import type { BaselineBody, IndicatorCreateBody, IndicatorPatchBody, TargetsBody } from './indicators.contract';
import * as repo from './indicators.repository';

/** What the audit log keeps of an indicator's definition. */
function snapshot(i: repo.IndicatorRow) {
  return {
    resultId: i.resultId,
    position: i.position,
    name: i.name,
    definition: i.definition,
    kind: i.kind,
    measure: i.measure,
    unit: i.unit,
    direction: i.direction,
    aggregation: i.aggregation,
    scale: i.scale,
    dataSource: i.dataSource,
    version: i.version,
  };
}

const baselineOf = (i: repo.IndicatorRow) =>
  i.baselineDate === null
    ? null
    : { value: i.baselineValue, description: i.baselineDescription, date: i.baselineDate, source: i.baselineSource, documentId: i.baselineDocumentId };

const factsOf = (i: Pick<repo.IndicatorRow, 'kind' | 'measure' | 'direction' | 'aggregation' | 'scale'>) => i as IndicatorFacts;

/** The result an indicator may hang on: of this partnership and not an activity. */
async function objectiveOf(tx: Executor, partnershipId: string, resultId: string) {
  const result = isUuid(resultId) ? await resultsRepo.findResult(tx, partnershipId, resultId) : null;
  if (!result) throw new DomainError('NOT_FOUND', { violations: [{ code: 'NOT_FOUND', field: 'resultId' }] });
  if (!isObjectiveLevel(result.level as ResultLevel)) {
    throw new DomainError('INDICATOR_LEVEL_INVALID', { violations: [{ code: 'INDICATOR_LEVEL_INVALID', field: 'resultId' }] });
  }
  return result;
}

export async function lockIndicator(tx: Executor, partnershipId: string, indicatorId: string) {
  const row = isUuid(indicatorId) ? await repo.findIndicator(tx, partnershipId, indicatorId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

type Definition = repo.IndicatorValues;

/** Normalises a definition and checks it: the name in the working language, a valid scale. */
function checkedDefinition(def: Definition, workingLanguage: string): Definition {
  const normal = normaliseIndicator({ ...factsOf(def), unit: def.unit });
  const out = { ...def, ...normal };
  DomainError.throwIfAny([...checkWorkingLanguageText(out.name, workingLanguage, 'name'), ...checkScale(factsOf(out).kind, out.scale)]);
  return out;
}

export async function createIndicator(db: Db, actor: Actor, partnershipId: string, resultId: string, body: IndicatorCreateBody): Promise<string> {
  return db.transaction(async (tx) => {
    const facts = await lockOpen(tx, actor, partnershipId, mayEditResults);
    await objectiveOf(tx, partnershipId, resultId);
    const def = checkedDefinition(
      {
        name: body.name,
        definition: body.definition,
        kind: body.kind,
        measure: body.measure ?? null,
        unit: body.unit,
        direction: body.direction ?? 'ascending',
        aggregation: body.aggregation ?? 'per_year',
        scale: body.scale ?? null,
        dataSource: body.dataSource,
      },
      facts.workingLanguage,
    );
    const id = randomUUID();
    const order = placeAt(await repo.indicatorIdsOf(tx, resultId), id, body.position ?? Number.MAX_SAFE_INTEGER);
    const row = await repo.insertIndicator(tx, { id, partnershipId, resultId, position: order.indexOf(id), ...def });
    await resultsRepo.renumber(tx, indicators, order);
    await recordChange(tx, actor, { action: 'indicator.created', entityType: 'indicator', entityId: id, partnershipId, before: null, after: snapshot(row) });
    return id;
  });
}

/**
 * Changes an indicator's definition, moves it to another result (`resultId`) or reorders it
 * (`position`). Its baseline, targets and values must still fit the new definition.
 */
export async function updateIndicator(db: Db, actor: Actor, partnershipId: string, indicatorId: string, patch: IndicatorPatchBody): Promise<void> {
  await db.transaction(async (tx) => {
    const facts = await lockOpen(tx, actor, partnershipId, mayEditResults);
    const before = await lockIndicator(tx, partnershipId, indicatorId);
    checkVersion(before.version, patch.version);
    const def = checkedDefinition(
      {
        name: patch.name ?? before.name,
        definition: patch.definition === undefined ? before.definition : patch.definition,
        kind: patch.kind ?? before.kind,
        measure: patch.measure === undefined ? before.measure : patch.measure,
        unit: patch.unit === undefined ? before.unit : patch.unit,
        direction: patch.direction ?? before.direction,
        aggregation: patch.aggregation ?? before.aggregation,
        scale: patch.scale === undefined ? before.scale : patch.scale,
        dataSource: patch.dataSource === undefined ? before.dataSource : patch.dataSource,
      },
      facts.workingLanguage,
    );
    const resultId = patch.resultId ?? before.resultId;
    if (resultId !== before.resultId) await objectiveOf(tx, partnershipId, resultId);
    await checkDataFits(tx, before, def);

    const moved = resultId !== before.resultId;
    if (moved) await resultsRepo.renumber(tx, indicators, (await repo.indicatorIdsOf(tx, before.resultId)).filter((id) => id !== indicatorId));
    const order =
      moved || patch.position !== undefined
        ? placeAt(await repo.indicatorIdsOf(tx, resultId), indicatorId, patch.position ?? Number.MAX_SAFE_INTEGER)
        : null;
    const position = order ? order.indexOf(indicatorId) : before.position;
    const next = { ...before, ...def, resultId, position };
    if (JSON.stringify(snapshot(next)) === JSON.stringify(snapshot(before))) return;
    const after = await repo.updateIndicator(tx, indicatorId, { ...def, resultId, position, version: before.version + 1 });
    if (order) await resultsRepo.renumber(tx, indicators, order);
    await recordChange(tx, actor, { action: 'indicator.updated', entityType: 'indicator', entityId: indicatorId, partnershipId, before: snapshot(before), after: snapshot(after) });
  });
}

/** A new definition must still hold the indicator's baseline, targets and values (e.g. a narrower scale). */
async function checkDataFits(tx: Executor, before: repo.IndicatorRow, def: Definition) {
  const facts = factsOf(def);
  // Inside a transaction the queries share one connection: one after the other.
  const targets = await repo.targetsOf(tx, before.id);
  const values = await repo.valuesOf(tx, [before.id]);
  const numbers = [
    ...(before.baselineValue !== null ? [before.baselineValue] : []),
    ...(before.endTarget !== null ? [before.endTarget] : []),
    ...targets.map((t) => t.value),
    ...values.map((v) => v.value),
  ];
  const field = facts.kind === 'qualitative' ? 'scale' : 'measure';
  const misfits: Violation[] = numbers.flatMap((n) => checkValue(facts, n, field));
  if (misfits.length) throw new DomainError('VALUE_OUT_OF_RANGE', { violations: [misfits[0]!] });
}

/** Deletes an indicator; with reported values only when confirmed (else 409 INDICATOR_HAS_DATA). */
export async function deleteIndicator(db: Db, actor: Actor, partnershipId: string, indicatorId: string, confirm: boolean, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayEditResults);
    const row = await lockIndicator(tx, partnershipId, indicatorId);
    checkVersion(row.version, version);
    const targets = await repo.targetsOf(tx, indicatorId);
    const values = await repo.valuesOf(tx, [indicatorId]);
    if (values.length > 0 && !confirm) throw new DomainError('INDICATOR_HAS_DATA', { params: { values: values.length } });
    await repo.deleteIndicator(tx, indicatorId);
    await resultsRepo.renumber(tx, indicators, await repo.indicatorIdsOf(tx, row.resultId));
    await recordChange(tx, actor, {
      action: 'indicator.deleted',
      entityType: 'indicator',
      entityId: indicatorId,
      partnershipId,
      before: {
        ...snapshot(row),
        baseline: baselineOf(row),
        endTarget: row.endTarget,
        targets: targets.map((t) => ({ year: t.year, value: t.value })),
        values: values.map((v) => ({ id: v.id, year: v.year, value: v.value, status: v.status, comment: v.comment })),
      },
      after: null,
    });
  });
}

/** Records the baseline (value or description, date, source, study document). */
export async function setBaseline(db: Db, actor: Actor, partnershipId: string, indicatorId: string, body: BaselineBody): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayEditResults);
    const before = await lockIndicator(tx, partnershipId, indicatorId);
    checkVersion(before.version, body.version);
    DomainError.throwIfAny(checkBaseline(factsOf(before), body));
    const documentId = body.documentId || null;
    if (documentId && !(isUuid(documentId) && (await repo.documentOfPartnership(tx, partnershipId, documentId)))) {
      throw new DomainError('DOCUMENT_NOT_FOUND', { violations: [{ code: 'DOCUMENT_NOT_FOUND', field: 'documentId' }] });
    }
    const after = await repo.updateIndicator(tx, indicatorId, {
      baselineValue: body.value,
      baselineDescription: body.description,
      baselineDate: body.date,
      baselineSource: body.source,
      baselineDocumentId: documentId,
      version: before.version + 1,
    });
    await recordChange(tx, actor, { action: 'indicator.baseline_set', entityType: 'indicator', entityId: indicatorId, partnershipId, before: baselineOf(before), after: baselineOf(after) });
  });
}

export async function removeBaseline(db: Db, actor: Actor, partnershipId: string, indicatorId: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayEditResults);
    const before = await lockIndicator(tx, partnershipId, indicatorId);
    checkVersion(before.version, version);
    if (before.baselineDate === null) return;
    await repo.updateIndicator(tx, indicatorId, {
      baselineValue: null,
      baselineDescription: null,
      baselineDate: null,
      baselineSource: null,
      baselineDocumentId: null,
      version: before.version + 1,
    });
    await recordChange(tx, actor, { action: 'indicator.baseline_removed', entityType: 'indicator', entityId: indicatorId, partnershipId, before: baselineOf(before), after: null });
  });
}

/** Replaces the period targets and the end target; each offending year is named (checkTargets). */
export async function setTargets(db: Db, actor: Actor, partnershipId: string, indicatorId: string, body: TargetsBody): Promise<void> {
  await db.transaction(async (tx) => {
    const facts = await lockOpen(tx, actor, partnershipId, mayEditResults);
    const before = await lockIndicator(tx, partnershipId, indicatorId);
    checkVersion(before.version, body.version);
    DomainError.throwIfAny(checkTargets(factsOf(before), body.targets, body.endTarget, facts));
    const targets = [...body.targets].sort((a, b) => a.year - b.year);
    const old = await repo.targetsOf(tx, indicatorId);
    await repo.replaceTargets(tx, partnershipId, indicatorId, targets);
    await repo.updateIndicator(tx, indicatorId, { endTarget: body.endTarget, version: before.version + 1 });
    await recordChange(tx, actor, {
      action: 'indicator.targets_set',
      entityType: 'indicator',
      entityId: indicatorId,
      partnershipId,
      before: { targets: old.map((t) => ({ year: t.year, value: t.value })), endTarget: before.endTarget },
      after: { targets, endTarget: body.endTarget },
    });
  });
}
