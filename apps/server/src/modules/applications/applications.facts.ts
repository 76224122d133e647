import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  applicationCompleteness,
  localize,
  missingItemPath,
  riskName,
  toleranceMissing,
  type ApplicationContent,
  type ApplicationFacts,
  type ApplicationKind,
  type DocumentCategory,
  type MissingItemDto,
  type MunicipalitySide,
} from '@mic/domain';
import type { Executor } from '../../db/client';
import { documents, indicators, results, risks } from '../../db/schema';
import { factsOf } from '../risks/risks.present';
import { settingsOf } from '../risks/risks-settings.service';

/**
 * What the completeness check reads besides the application itself — the partnership's results
 * framework, risk register and current documents as they stand — for any number of partnerships in
 * four queries (never one per application), so a page of the overview costs the same as one.
 */
export interface PartnershipFacts {
  documents: ApplicationFacts['documents'];
  framework: ApplicationFacts['framework'];
  risks: ApplicationFacts['risks'];
}

/** What the check needs to know about an application. */
export interface CheckedApplication {
  id: string;
  partnershipId: string;
  kind: string;
  year: number;
  content: ApplicationContent;
  partnership: { endYear: number; workingLanguage: string; programmeId: string };
}

/** The funding years an application asks money for: the rest of the period for an initial one, its year for an annual one. */
export function yearsAppliedFor(kind: string, year: number, endYear: number): number[] {
  if (kind !== 'initial') return [year];
  return Array.from({ length: Math.max(endYear - year + 1, 1) }, (_, i) => year + i);
}

function group<T extends { partnershipId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.partnershipId, [...(out.get(r.partnershipId) ?? []), r]);
  return out;
}

async function loadFacts(db: Executor, partnershipIds: string[], programmeId: string, languages: Map<string, string>): Promise<Map<string, PartnershipFacts>> {
  const ids = [...new Set(partnershipIds)];
  const out = new Map<string, PartnershipFacts>();
  if (!ids.length) return out;
  const hasTargets = sql<boolean>`exists (select 1 from "indicator_targets" where "indicator_targets"."indicator_id" = ${indicators.id})`;
  // One after the other: inside a transaction the queries share one connection.
  const docRows = await db
    .selectDistinct({ partnershipId: documents.partnershipId, category: documents.category, side: documents.side })
    .from(documents)
    .where(and(inArray(documents.partnershipId, ids), isNull(documents.supersededAt)));
  const resultRows = await db
    .select({ partnershipId: results.partnershipId, id: results.id, level: results.level, statement: results.statement })
    .from(results)
    .where(and(inArray(results.partnershipId, ids), inArray(results.level, ['impact', 'outcome'])))
    .orderBy(asc(results.position), asc(results.createdAt));
  const indicatorRows = await db
    .select({ partnershipId: indicators.partnershipId, id: indicators.id, resultId: indicators.resultId, name: indicators.name, baselineDate: indicators.baselineDate, endTarget: indicators.endTarget, hasTargets })
    .from(indicators)
    .where(inArray(indicators.partnershipId, ids))
    .orderBy(asc(indicators.position), asc(indicators.createdAt));
  const riskRows = await db
    .select()
    .from(risks)
    .where(and(inArray(risks.partnershipId, ids), eq(risks.status, 'open')))
    .orderBy(asc(risks.identifiedOn), asc(risks.createdAt));
  const settings = await settingsOf(db, programmeId);
  const docs = group(docRows);
  const resultsOf = group(resultRows);
  const indicatorsOf = group(indicatorRows);
  const risksOf = group(riskRows);
  for (const id of ids) {
    const lang = languages.get(id) ?? 'en';
    const own = indicatorsOf.get(id) ?? [];
    const counts = new Map<string, number>();
    for (const i of own) counts.set(i.resultId, (counts.get(i.resultId) ?? 0) + 1);
    const rs = resultsOf.get(id) ?? [];
    out.set(id, {
      documents: (docs.get(id) ?? []).map((d) => ({ category: d.category as DocumentCategory, side: d.side as MunicipalitySide | null })),
      framework: {
        hasImpact: rs.some((r) => r.level === 'impact'),
        outcomes: rs.filter((r) => r.level === 'outcome').map((r) => ({ id: r.id, title: localize(r.statement, lang), indicatorCount: counts.get(r.id) ?? 0 })),
        indicators: own.map((i) => ({ id: i.id, name: localize(i.name, lang), hasBaseline: i.baselineDate !== null, hasTarget: i.endTarget !== null || !!i.hasTargets })),
      },
      risks: (risksOf.get(id) ?? []).map((r) => ({ id: r.id, title: riskName(r.description), unanswered: toleranceMissing(factsOf(r), settings.thresholds) })),
    });
  }
  return out;
}

/**
 * The missing items of each application (by id), with the path where each is put right. All the
 * applications are of one programme (the platform runs one); `maxPurposes` is its limit.
 */
export async function missingItems(db: Executor, apps: CheckedApplication[], maxPurposes: number): Promise<Map<string, MissingItemDto[]>> {
  const out = new Map<string, MissingItemDto[]>();
  const first = apps[0];
  if (!first) return out;
  const languages = new Map(apps.map((a) => [a.partnershipId, a.partnership.workingLanguage]));
  const facts = await loadFacts(
    db,
    apps.map((a) => a.partnershipId),
    first.partnership.programmeId,
    languages,
  );
  for (const a of apps) {
    const f = facts.get(a.partnershipId)!;
    const items = applicationCompleteness({
      kind: a.kind as ApplicationKind,
      content: a.content,
      maxPurposes,
      years: yearsAppliedFor(a.kind, a.year, a.partnership.endYear),
      ...f,
    });
    out.set(
      a.id,
      items.map((item) => ({ ...item, path: missingItemPath(item.target, a.partnershipId, a.id) })),
    );
  }
  return out;
}
