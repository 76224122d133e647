import type { Actor } from '@mic/domain';
import type { Db } from '../../../apps/server/src/db/client';
import { baselineBody, indicatorCreateBody, targetsBody, valueActionBody, valueBody } from '../../../apps/server/src/modules/indicators/indicators.contract';
import * as indicatorsRepo from '../../../apps/server/src/modules/indicators/indicators.repository';
import { createIndicator, setBaseline, setTargets } from '../../../apps/server/src/modules/indicators/indicators.service';
import { actOnValue, putValue } from '../../../apps/server/src/modules/indicators/values.service';
import { resultCreateBody } from '../../../apps/server/src/modules/results/results.contract';
import { createResult } from '../../../apps/server/src/modules/results/results.service';
import type { ArchetypeSpec } from './archetypes.specs';
import { IMPACT, INDICATORS, OUTCOMES, localized, type IndicatorText } from './archetypes.texts';

export interface Framework {
  /** Result key (impact, o1, o1a …) → id. */
  results: Map<string, string>;
  outputIds: string[];
  indicators: { id: string; text: IndicatorText }[];
}

export interface Team {
  office: Actor;
  home: Actor;
  partner: Actor;
}

/** The results chain, entered by the home coordinator as the framework editor would. */
async function buildResults(db: Db, spec: ArchetypeSpec, pid: string, editor: Actor): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const purpose = (i: number) => spec.purposes[i % spec.purposes.length]!;
  const add = async (key: string, level: 'impact' | 'outcome' | 'output', parentId: string | null, statement: Record<string, string>, owner: string, i: number) => {
    const body = resultCreateBody.parse({
      level,
      parentId,
      statement,
      owner,
      purpose: level === 'impact' ? null : purpose(i),
      justification: level === 'output' ? 'Staff and budget are assigned in the annual work plan.' : null,
    });
    ids.set(key, await createResult(db, editor, pid, body));
  };
  await add(IMPACT.key, 'impact', null, localized(IMPACT.statement, spec.language), IMPACT.owner, 0);
  for (const [i, o] of OUTCOMES.entries()) {
    await add(o.key, 'outcome', ids.get(IMPACT.key)!, localized(o.statement, spec.language), o.owner, i);
    for (const out of o.outputs) await add(out.key, 'output', ids.get(o.key)!, localized(out.statement, spec.language), out.owner, i);
  }
  return ids;
}

const round = (n: number, percentage: boolean) => (percentage ? Math.min(100, Math.round(n)) : Math.round(n));

/** The year's actual: the way from the baseline to the year's target, as far as the story says. */
function actualOf(t: IndicatorText, yearIndex: number): number {
  const target = t.targets[Math.min(yearIndex, 2)]!;
  return round(t.baseline + t.progress[Math.min(yearIndex, 2)]! * (target - t.baseline), t.measure === 'percentage');
}

async function addIndicator(db: Db, spec: ArchetypeSpec, pid: string, resultId: string, t: IndicatorText, editor: Actor): Promise<string> {
  const id = await createIndicator(
    db,
    editor,
    pid,
    resultId,
    indicatorCreateBody.parse({
      name: localized(t.name, spec.language),
      kind: 'quantitative',
      measure: t.measure,
      unit: t.unit,
      direction: t.direction,
      aggregation: t.aggregation,
      dataSource: 'Municipal registers, checked at the annual meeting.',
    }),
  );
  await setBaseline(db, editor, pid, id, baselineBody.parse({ value: t.baseline, date: `${spec.startYear - 1}-11-15`, source: 'Baseline study', version: 1 }));
  const targets = t.targets.map((value, i) => ({ year: spec.startYear + i, value }));
  await setTargets(db, editor, pid, id, targetsBody.parse({ targets, endTarget: t.endTarget, version: 2 }));
  return id;
}

/** Results framework with eight indicators, baselines and targets for the three years. */
export async function buildFramework(db: Db, spec: ArchetypeSpec, pid: string, team: Team): Promise<Framework> {
  const results = await buildResults(db, spec, pid, team.home);
  const indicators: Framework['indicators'] = [];
  for (const t of INDICATORS) indicators.push({ id: await addIndicator(db, spec, pid, results.get(t.result)!, t, team.partner), text: t });
  const outputIds = OUTCOMES.flatMap((o) => o.outputs.map((out) => results.get(out.key)!));
  return { results, outputIds, indicators };
}

async function versionOf(db: Db, indicatorId: string, year: number): Promise<number> {
  const row = await indicatorsRepo.findValue(db, indicatorId, year);
  if (!row) throw new Error(`archetypes: no value of ${indicatorId} in ${year}`);
  return row.version;
}

export type ValueEnd = 'approved' | 'submitted' | 'draft' | 'returned';

/**
 * The actual of one indicator in one year, carried as far as `end`: entered by the partner
 * coordinator, submitted, then approved (or returned) by the programme office.
 */
export async function recordValue(db: Db, team: Team, pid: string, ind: Framework['indicators'][number], year: number, yearIndex: number, end: ValueEnd) {
  const value = actualOf(ind.text, yearIndex);
  await putValue(db, team.partner, pid, ind.id, year, valueBody.parse({ value, comment: `Figures from the ${year} municipal register.` }));
  if (end === 'draft') return;
  await actOnValue(db, team.partner, pid, ind.id, year, 'submit', valueActionBody.parse({ version: await versionOf(db, ind.id, year) }));
  if (end === 'submitted') return;
  const version = await versionOf(db, ind.id, year);
  if (end === 'returned') {
    await actOnValue(db, team.office, pid, ind.id, year, 'return', valueActionBody.parse({ version, comment: 'Please attach the source of this figure; it differs from the register.' }));
    return;
  }
  await actOnValue(db, team.office, pid, ind.id, year, 'approve', valueActionBody.parse({ version }));
}
