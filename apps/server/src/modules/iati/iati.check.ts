/**
 * What keeps each public partnership from a complete IATI activity, as codes the web turns into
 * sentences the programme office can act on.
 */
import type { IatiCheckDto, IatiProblemCode, IatiSettings, LocalizedText } from '@mic/domain';
import { iatiIdentifier } from '@mic/domain';
import type { Executor } from '../../db/client';
import type { IatiActivityFacts } from './iati.activity';
import { activityFactsOf, publicPartnershipPage } from './iati.facts';
import { IATI_PAGE_SIZE } from './iati.export';
import { currentIatiSettings, programmeIdOf } from './iati.settings';

type Problem = { code: IatiProblemCode; params?: Record<string, string | number> };

function nameOf(text: LocalizedText, lang: string): string {
  return text[lang] || text.en || Object.values(text).find((v) => v) || '';
}

/** The problems of one activity; none means a complete activity. */
export function problemsOf(f: IatiActivityFacts, settings: IatiSettings): Problem[] {
  const problems: Problem[] = [];
  if (!f.partner.country) problems.push({ code: 'no_partner_country' });
  for (const purpose of f.purposes) {
    if (!settings.sectorsByPurpose[purpose]?.length) problems.push({ code: 'no_purpose_sector', params: { purpose } });
  }
  if (!f.funding.iatiOrgId) problems.push({ code: 'funding_org_unknown', params: { funding: f.funding.code } });
  if (!f.impact || !Object.values(f.impact).some((v) => v?.trim())) problems.push({ code: 'no_description' });
  // A part the office holds back is its choice, not something missing.
  if (!f.hidden.includes('budget') && f.grants.length === 0 && f.workPlans.length === 0) problems.push({ code: 'no_budget' });
  const paid = f.hidden.includes('payments') ? [] : f.paid;
  const spent = f.hidden.includes('reports') ? [] : f.expenditure;
  if (paid.length === 0 && spent.length === 0) problems.push({ code: 'no_transactions' });
  if (!f.hidden.includes('results')) {
    const indicators = f.results.filter((r) => r.level !== 'activity').flatMap((r) => r.indicators);
    if (indicators.length === 0) problems.push({ code: 'no_results' });
    for (const i of indicators) {
      const indicator = nameOf(i.name, f.workingLanguage);
      if (!i.baselineDate) problems.push({ code: 'indicator_without_baseline', params: { indicator } });
      if (i.targets.length === 0 && i.endTarget === null) problems.push({ code: 'indicator_without_target', params: { indicator } });
    }
  }
  return problems;
}

/** GET /api/programme/iati-check: every public partnership is checked (a page of facts at a time) so `complete` counts them all. */
export async function iatiCheck(db: Executor, paging: { page: number; pageSize: number }): Promise<IatiCheckDto> {
  const programmeId = await programmeIdOf(db);
  const settings = await currentIatiSettings(db, programmeId);
  const all: IatiCheckDto['items'] = [];
  let afterId: string | null = null;
  for (;;) {
    const page = await publicPartnershipPage(db, programmeId, {}, afterId, IATI_PAGE_SIZE);
    if (page.length === 0) break;
    for (const f of await activityFactsOf(db, page)) {
      all.push({ partnershipId: f.id, title: f.title, iatiIdentifier: iatiIdentifier(settings, f.id), problems: problemsOf(f, settings) });
    }
    if (page.length < IATI_PAGE_SIZE) break;
    afterId = page[page.length - 1]!.id;
  }
  // The ones with most to fix first, then by title.
  all.sort((a, b) => b.problems.length - a.problems.length || a.title.localeCompare(b.title));
  const start = (paging.page - 1) * paging.pageSize;
  return {
    items: all.slice(start, start + paging.pageSize),
    total: all.length,
    complete: all.filter((i) => i.problems.length === 0).length,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}
