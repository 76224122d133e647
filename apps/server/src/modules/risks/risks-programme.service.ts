import { regionOfCountry, type ProgrammeRiskOverviewDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { offsetOf } from '../../lib/paging';
import * as programmeRepo from '../programme/programme.repository';
import { currentProgrammeId } from '../programme/programme.service';
import type { ProgrammeRiskQuery } from './risks.contract';
import { presentRisk } from './risks.present';
import { resultTitles } from './risks.results';
import { todayIso } from './risks.service';
import * as repo from './risks-programme.repository';
import { settingsOf } from './risks-settings.service';

/**
 * GET /api/programme/risks: the open risks of all active partnerships (closed and rejected ones
 * left out), a page of the chosen list highest first, and the aggregates over the same filter.
 * A fixed number of queries (regions, settings, page, count, counts, totals, flagged partnerships,
 * result titles), whatever the number of partnerships and risks.
 */
export async function programmeRisks(db: Executor, query: ProgrammeRiskQuery, lang: string): Promise<ProgrammeRiskOverviewDto> {
  const [regions, settings] = await Promise.all([programmeRepo.loadRegions(db), currentProgrammeId(db).then((id) => settingsOf(db, id))]);
  const filter: repo.ProgrammeRiskFilter = {
    partnerCountries: query.region ? (regions.find((r) => r.code === query.region)?.countries ?? []) : undefined,
    fundingSource: query.fundingSource,
    category: query.category,
    band: query.band,
  };
  const today = todayIso();
  const rules: repo.ProgrammeRiskRules = { thresholds: settings.thresholds, reviewIntervalMonths: settings.reviewIntervalMonths, today };
  const [page, counts, totals, questioned] = await Promise.all([
    repo.listProgrammeRisks(db, filter, rules, query.list, query.pageSize, offsetOf(query)),
    repo.countsByCategoryAndBand(db, filter, rules),
    repo.totals(db, filter, rules),
    repo.questionedPartnerships(db, filter, rules),
  ]);
  const resultIds = [...new Set(page.rows.map((r) => r.risk.resultId).filter((id): id is string => !!id))];
  const titles = resultIds.length ? await resultTitles(db, resultIds, lang) : new Map<string, string>();
  const ctx = { settings, today, resultTitle: (id: string) => titles.get(id) ?? null };
  return {
    items: page.rows.map((row) => ({
      ...presentRisk({ ...row.risk, reviewCount: row.reviewCount }, ctx),
      partnership: {
        id: row.risk.partnershipId,
        title: row.partnershipTitle,
        region: regionOfCountry({ regions }, row.partnerCountry)?.code ?? null,
        fundingSource: row.fundingSource,
      },
    })),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    countsByCategoryAndBand: counts.sort((a, b) => a.category.localeCompare(b.category) || a.band.localeCompare(b.band)),
    totals,
    questionedPartnerships: questioned,
    settings,
  };
}
