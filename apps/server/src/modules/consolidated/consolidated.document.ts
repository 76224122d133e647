import { PROGRAMME_REPORT_SECTIONS, REPORT_STATUSES, localize, minorToDecimal, type ConsolidatedDataDto, type ProgrammeReportNarrative } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Executor } from '../../db/client';
import { loadProgramme } from '../programme/programme.repository';
import { sourcesOf } from '../payments/funds.service';
import { OTHER_REGION } from './consolidated.data';
import type { Scope } from './consolidated.queries';

/** The report's languages: the donors read English or Norwegian. */
export type FileLanguage = 'en' | 'nb';

export type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][]; numeric: boolean[]; totalRow?: boolean };

export interface ReportDocument {
  title: string;
  subtitle: string;
  fileBase: string;
  blocks: Block[];
}

export type T = (key: string, params?: Record<string, string | number>) => string;
export const textsIn = (lang: FileLanguage): T => (key, params) => translate(lang, `consolidatedExport.${key}`, params);

/** An exact amount of øre with the language's digit grouping ("1,234.56" / "1 234,56"), never through a float. */
export function formatNok(ore: number, lang: FileLanguage): string {
  const [whole, fraction] = minorToDecimal(ore).split('.');
  const negative = whole!.startsWith('-');
  const digits = negative ? whole!.slice(1) : whole!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nb' ? '\u00a0' : ',');
  return `${negative ? '-' : ''}${grouped}${lang === 'nb' ? ',' : '.'}${fraction}`;
}

/** A section's text in the language, else the other language's with a note saying so, else "not written". */
function narrativeBlocks(narrative: ProgrammeReportNarrative, lang: FileLanguage, t: T): Block[] {
  const other: FileLanguage = lang === 'en' ? 'nb' : 'en';
  const blocks: Block[] = [{ kind: 'heading', text: t('narrativeHeading'), level: 1 }];
  for (const section of PROGRAMME_REPORT_SECTIONS) {
    blocks.push({ kind: 'heading', text: t(`sections.${section}`), level: 2 });
    const own = narrative[section]?.[lang]?.trim();
    const fallback = narrative[section]?.[other]?.trim();
    const text = own || fallback;
    if (!text) {
      blocks.push({ kind: 'paragraph', text: t('notWritten'), note: true });
      continue;
    }
    if (!own) blocks.push({ kind: 'paragraph', text: t('fallbackNote'), note: true });
    for (const para of text.split(/\n{2,}/)) blocks.push({ kind: 'paragraph', text: para });
  }
  return blocks;
}

/** Everything the DOCX and PDF show, in one language; the renderers only lay it out. */
export async function reportDocument(db: Executor, scope: Scope, data: ConsolidatedDataDto, narrative: ProgrammeReportNarrative, lang: FileLanguage): Promise<ReportDocument> {
  const t = textsIn(lang);
  const programme = await loadProgramme(db, scope.programmeId);
  const source = (await sourcesOf(db, scope.programmeId)).find((s) => s.code === scope.fundingSource);
  const sourceName = source ? localize(source.name, lang) : scope.fundingSource;
  const purposeName = (code: string) => localize(programme?.purposes.find((p) => p.code === code)?.name, lang) || code;
  const regionName = (code: string) => (code === OTHER_REGION ? t('portfolio.otherRegion') : localize(programme?.regions.find((r) => r.code === code)?.name, lang) || code);
  const nok = (ore: number) => formatNok(ore, lang);
  const m = data.money;

  const blocks: Block[] = [
    ...narrativeBlocks(narrative, lang, t),
    { kind: 'heading', text: t('portfolio.heading'), level: 1 },
    { kind: 'paragraph', text: t('portfolio.total', { count: data.portfolio.total }) },
    { kind: 'table', caption: t('portfolio.byRegion'), headers: [t('portfolio.region'), t('portfolio.count')], numeric: [false, true], rows: data.portfolio.byRegion.map((r) => [regionName(r.region), String(r.count)]) },
    { kind: 'table', caption: t('portfolio.byCountry'), headers: [t('portfolio.country'), t('portfolio.count')], numeric: [false, true], rows: data.portfolio.byCountry.map((r) => [r.country, String(r.count)]) },
    { kind: 'table', caption: t('portfolio.byPurpose'), headers: [t('portfolio.purpose'), t('portfolio.count')], numeric: [false, true], rows: data.portfolio.byPurpose.map((r) => [purposeName(r.purpose), String(r.count)]) },
    { kind: 'heading', text: t('money.heading'), level: 1 },
    {
      kind: 'table',
      caption: t('money.heading'),
      headers: ['partnership', 'country', 'granted', 'paid', 'spent', 'unspent', 'reportStatus', 'auditOpinion'].map((k) => t(`money.${k}`)),
      numeric: [false, false, true, true, true, true, false, false],
      rows: [
        ...m.rows.map((r) => [r.title, r.country, nok(r.granted), nok(r.paid), nok(r.spent), nok(r.unspent), t(`reportStatus.${r.reportStatus}`), t(`opinions.${r.auditOpinion ?? 'none'}`)]),
        [t('money.total'), '', nok(m.totals.granted), nok(m.totals.paid), nok(m.totals.spent), nok(m.totals.unspent), '', ''],
      ],
      totalRow: true,
    },
    { kind: 'heading', text: t('results.heading'), level: 1 },
  ];
  if (!data.results.length) blocks.push({ kind: 'paragraph', text: t('results.none'), note: true });
  for (const r of data.results) {
    blocks.push({ kind: 'heading', text: purposeName(r.purpose), level: 2 });
    blocks.push({
      kind: 'table',
      caption: `${t('results.purpose')}: ${purposeName(r.purpose)}`,
      headers: [t('results.status'), t('portfolio.count')],
      numeric: [false, true],
      rows: (['on_track', 'at_risk', 'off_track', 'no_data'] as const).map((s) => [t(`progress.${s}`), String(r.counts[s])]),
    });
    if (r.highlights.length) {
      blocks.push({
        kind: 'table',
        caption: t('results.highlights'),
        headers: [t('results.indicator'), t('results.partnership'), t('results.status'), t('results.percent')],
        numeric: [false, false, false, true],
        rows: r.highlights.map((h) => [h.indicator, h.partnershipTitle, t(`progress.${h.status}`), h.percent === null ? '' : String(h.percent)]),
      });
    }
  }
  blocks.push({ kind: 'heading', text: t('risks.heading'), level: 1 });
  if (data.risks.length) {
    blocks.push({
      kind: 'table',
      caption: t('risks.heading'),
      headers: ['partnership', 'risk', 'score', 'band', 'response'].map((k) => t(`risks.${k}`)),
      numeric: [false, false, true, false, false],
      rows: data.risks.map((r) => [r.partnershipTitle, r.title, String(r.score), t(`bands.${r.band}`), t(`responses.${r.response || 'none'}`)]),
    });
  } else blocks.push({ kind: 'paragraph', text: t('risks.none'), note: true });
  blocks.push({ kind: 'heading', text: t('audits.heading'), level: 1 });
  if (data.audits.length) {
    blocks.push({
      kind: 'table',
      caption: t('audits.heading'),
      headers: ['partnership', 'year', 'opinion', 'complete', 'openFindings'].map((k) => t(`audits.${k}`)),
      numeric: [false, true, false, false, true],
      rows: data.audits.map((a) => [a.partnershipTitle, String(a.year), t(`opinions.${a.opinion ?? 'none'}`), t(a.complete ? 'audits.yes' : 'audits.no'), String(a.openFindings)]),
    });
  } else blocks.push({ kind: 'paragraph', text: t('audits.none'), note: true });
  blocks.push({ kind: 'heading', text: t('reports.heading'), level: 1 });
  blocks.push({
    kind: 'table',
    caption: t('reports.heading'),
    headers: [t('reports.status'), t('reports.count')],
    numeric: [false, true],
    rows: (['not_started', ...REPORT_STATUSES] as const).map((s) => [t(`reportStatus.${s}`), String(data.reports[s])]),
  });

  return {
    title: t('title', { year: scope.year, source: sourceName }),
    subtitle: t('subtitle', { programme: localize(programme?.name, lang), source: sourceName, year: scope.year }),
    fileBase: t('fileName', { source: scope.fundingSource, year: scope.year }),
    blocks,
  };
}
