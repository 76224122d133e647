import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { approverSideOf, type ResultOwner, type ValueStatus } from '@mic/domain';
import type { Executor } from '../db/client';
import { indicators, indicatorTargets, indicatorValues, results, users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { DEMO_PARTNERSHIPS } from './demo.data';
import { DEMO_FRAMEWORKS_EN } from './demo.results.english';
import { DEMO_FRAMEWORKS_ES_BS } from './demo.results.latin';
import type { DemoIndicator, DemoResult, DemoText } from './demo.results.types';

export const DEMO_FRAMEWORKS = { ...DEMO_FRAMEWORKS_ES_BS, ...DEMO_FRAMEWORKS_EN };

/** The demo's "now": values of years before it are approved, of its own year submitted. */
const CURRENT_YEAR = 2026;

type UserRef = { id: string; name: string } | null;

/** Who works on the values in the demo: the Stord – San Juan Comalapa coordinators, else the programme officer approves. */
async function demoPeople(tx: Executor) {
  const rows = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.email, ['stord@mic.example', 'comalapa@mic.example', 'officer@mic.example']));
  const by = (email: string): UserRef => {
    const u = rows.find((r) => r.email === email);
    return u ? { id: u.id, name: u.name } : null;
  };
  return { home: by('stord@mic.example'), partner: by('comalapa@mic.example'), officer: by('officer@mic.example') };
}

/**
 * Gives every demo partnership its results framework: results, indicators with baselines and targets,
 * and the actual values of the years already past (approved) and of this year (submitted). Four
 * inserts and one audit entry per partnership.
 */
export async function loadDemoResults(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  const people = await demoPeople(tx);
  for (const p of DEMO_PARTNERSHIPS) {
    const framework = DEMO_FRAMEWORKS[p.key];
    const partnershipId = partnershipIds.get(p.key);
    if (!framework || !partnershipId) continue;
    const lang = p.workingLanguage;
    const text = (t: DemoText) => ({ ...(lang !== 'en' ? { [lang]: t[lang as keyof DemoText] ?? t.en } : {}), en: t.en });
    const own = (t: DemoText | undefined) => (t ? (t[lang as keyof DemoText] ?? t.en) : null);
    const coordinators = p.key === 'stord-comalapa' ? people : { home: null, partner: null, officer: people.officer };

    const resultRows: (typeof results.$inferInsert)[] = [];
    const indicatorRows: (typeof indicators.$inferInsert)[] = [];
    const targetRows: (typeof indicatorTargets.$inferInsert)[] = [];
    const valueRows: (typeof indicatorValues.$inferInsert)[] = [];

    const addIndicator = (spec: DemoIndicator, resultId: string, owner: ResultOwner, position: number) => {
      const id = randomUUID();
      const qualitative = !!spec.scale;
      indicatorRows.push({
        id,
        partnershipId,
        resultId,
        position,
        name: text(spec.name),
        kind: qualitative ? 'qualitative' : 'quantitative',
        measure: qualitative ? null : spec.percent ? 'percentage' : 'number',
        unit: qualitative ? null : spec.percent ? '%' : own(spec.unit),
        direction: spec.descending ? 'descending' : 'ascending',
        aggregation: spec.cumulative ? 'cumulative' : 'per_year',
        scale: spec.scale ? spec.scale.map((label, i) => ({ value: i + 1, label: text(label) })) : null,
        baselineValue: spec.baseline,
        baselineDate: spec.baseline === null ? null : (spec.baselineDate ?? `${p.startYear - 1}-11-20`),
        baselineSource: own(spec.source),
        endTarget: spec.end,
      });
      spec.targets.forEach((value, k) => targetRows.push({ indicatorId: id, partnershipId, year: p.startYear + k, value }));
      const approver = approverSideOf(owner) === 'home' ? (coordinators.home ?? people.officer) : (coordinators.partner ?? people.officer);
      const enterer = owner === 'home' ? coordinators.home : coordinators.partner;
      (spec.actuals ?? []).forEach((value, k) => {
        const year = p.startYear + k;
        if (value === null || year > CURRENT_YEAR) return;
        const status: ValueStatus = spec.statuses?.[k] ?? (year < CURRENT_YEAR ? 'approved' : 'submitted');
        const reported = year < CURRENT_YEAR ? `${year + 1}-01-` : `${year}-11-`;
        valueRows.push({
          indicatorId: id,
          partnershipId,
          year,
          value,
          comment: own(spec.comments?.[k]),
          status,
          enteredBy: enterer?.id ?? null,
          enteredByName: enterer?.name ?? null,
          enteredAt: new Date(`${reported}20T10:00:00Z`),
          submittedAt: new Date(`${reported}24T10:00:00Z`),
          ...(status === 'approved' ? { approvedBy: approver?.id ?? null, approvedByName: approver?.name ?? null, approvedAt: new Date(`${reported}28T10:00:00Z`) } : {}),
          ...(status === 'returned'
            ? { returnedBy: approver?.id ?? null, returnedByName: approver?.name ?? null, returnedAt: new Date(`${reported}28T10:00:00Z`), returnComment: own(spec.returnComment) }
            : {}),
        });
      });
    };

    const addResult = (spec: DemoResult, parentId: string | null, position: number) => {
      const id = randomUUID();
      const owner = spec.owner ?? 'partner';
      resultRows.push({
        id,
        partnershipId,
        parentId,
        level: spec.level,
        position,
        statement: text(spec.text),
        owner,
        purpose: spec.purpose,
        justification: own(spec.why),
        startDate: spec.start ?? null,
      });
      (spec.indicators ?? []).forEach((i, k) => addIndicator(i, id, owner, k));
      (spec.children ?? []).forEach((c, k) => addResult(c, id, k));
    };
    addResult(framework, null, 0);

    await tx.insert(results).values(resultRows);
    await tx.insert(indicators).values(indicatorRows);
    if (targetRows.length) await tx.insert(indicatorTargets).values(targetRows);
    if (valueRows.length) await tx.insert(indicatorValues).values(valueRows);
    await recordChange(tx, null, {
      action: 'results.demo_loaded',
      entityType: 'results_framework',
      entityId: partnershipId,
      partnershipId,
      after: {
        results: resultRows.map((r) => ({ id: r.id, parentId: r.parentId, level: r.level, statement: r.statement })),
        indicators: indicatorRows.map((i) => ({ id: i.id, resultId: i.resultId, name: i.name, baseline: i.baselineValue, endTarget: i.endTarget })),
        values: valueRows.map((v) => ({ indicatorId: v.indicatorId, year: v.year, value: v.value, status: v.status })),
      },
    });
  }
}
