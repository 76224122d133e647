import { randomUUID } from 'node:crypto';
import type { IndicatorAggregation, IndicatorDirection, IndicatorKind, IndicatorMeasure, ResultLevel, ResultOwner, ScaleLevel, ValueStatus } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { indicators, indicatorTargets, indicatorValues, results } from '../../src/db/schema';

/**
 * Results, indicators, targets and values written straight to the database, for tests that need a
 * framework to exist (what the API does to them is tested through the API).
 */
export interface ResultSpec {
  level?: ResultLevel;
  parentId?: string | null;
  position?: number;
  statement?: Record<string, string>;
  owner?: ResultOwner;
  purpose?: string | null;
  justification?: string | null;
  startDate?: string | null;
}

export async function buildResult(db: Executor, partnershipId: string, spec: ResultSpec = {}) {
  const level = spec.level ?? 'impact';
  const [row] = await db
    .insert(results)
    .values({
      partnershipId,
      parentId: spec.parentId ?? null,
      level,
      position: spec.position ?? 0,
      statement: spec.statement ?? { es: `Resultado ${level} ${randomUUID().slice(0, 4)}`, en: `Result ${level}` },
      owner: spec.owner ?? 'partner',
      purpose: spec.purpose === undefined ? 'service-delivery' : spec.purpose,
      justification: spec.justification === undefined ? 'Hay presupuesto y personal asignado.' : spec.justification,
      startDate: spec.startDate ?? null,
    })
    .returning();
  return row!;
}

/** An impact, one outcome under it and one output under that: the smallest useful chain. */
export async function buildChain(db: Executor, partnershipId: string, owner: ResultOwner = 'partner') {
  const impact = await buildResult(db, partnershipId, { level: 'impact', owner });
  const outcome = await buildResult(db, partnershipId, { level: 'outcome', parentId: impact.id, owner });
  const output = await buildResult(db, partnershipId, { level: 'output', parentId: outcome.id, owner });
  return { impact, outcome, output };
}

export interface IndicatorSpec {
  name?: Record<string, string>;
  kind?: IndicatorKind;
  measure?: IndicatorMeasure | null;
  unit?: string | null;
  direction?: IndicatorDirection;
  aggregation?: IndicatorAggregation;
  scale?: ScaleLevel[] | null;
  position?: number;
  /** A baseline value and date; `null` for none. */
  baseline?: { value: number | null; date: string; description?: string } | null;
  endTarget?: number | null;
  targets?: { year: number; value: number }[];
  values?: { year: number; value: number; status?: ValueStatus; comment?: string }[];
}

export async function buildIndicator(db: Executor, partnershipId: string, resultId: string, spec: IndicatorSpec = {}) {
  const baseline = spec.baseline === undefined ? { value: 10, date: '2024-11-15' } : spec.baseline;
  const kind = spec.kind ?? 'quantitative';
  const [row] = await db
    .insert(indicators)
    .values({
      partnershipId,
      resultId,
      position: spec.position ?? 0,
      name: spec.name ?? { es: `Indicador ${randomUUID().slice(0, 4)}`, en: 'Indicator' },
      kind,
      measure: kind === 'qualitative' ? null : (spec.measure ?? 'number'),
      unit: kind === 'qualitative' ? null : (spec.unit ?? 'households'),
      direction: spec.direction ?? 'ascending',
      aggregation: spec.aggregation ?? 'per_year',
      scale: spec.scale ?? null,
      baselineValue: baseline?.value ?? null,
      baselineDescription: baseline?.description ?? null,
      baselineDate: baseline?.date ?? null,
      endTarget: spec.endTarget === undefined ? 50 : spec.endTarget,
    })
    .returning();
  const id = row!.id;
  if (spec.targets?.length) await db.insert(indicatorTargets).values(spec.targets.map((t) => ({ indicatorId: id, partnershipId, ...t })));
  if (spec.values?.length) {
    await db.insert(indicatorValues).values(
      spec.values.map((v) => ({
        indicatorId: id,
        partnershipId,
        year: v.year,
        value: v.value,
        comment: v.comment ?? null,
        status: v.status ?? 'draft',
        approvedAt: v.status === 'approved' ? new Date() : null,
      })),
    );
  }
  return row!;
}
