import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AnnualReportDto, AuditFlag, ReportSection, ReportStatus } from '@mic/domain';

const COLOR: Record<ReportStatus, string> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'warning',
  accepted: 'success',
};

/** The report's status in words ("Resubmitted" after a return); the colour only repeats it. */
export function ReportStatusTag({ status, submissionCount }: { status: ReportStatus; submissionCount: number }) {
  const { t } = useTranslation();
  const label = status === 'submitted' && submissionCount > 1 ? t('reports.statuses.resubmitted') : t(`reports.statuses.${status}`);
  return (
    <Tag data-color={COLOR[status]} data-size="sm" className="nowrap">
      {label}
    </Tag>
  );
}

/** The id of a report field, from its path in the form (as the server's missing list names it). */
export const fieldId = (path: string) => `report-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
export const sectionId = (section: ReportSection) => `report-section-${section}`;

/** The programme office's comments of the latest return, per section. */
export function returnComments(report: Pick<AnnualReportDto, 'events'>): Partial<Record<ReportSection, string>> {
  const latest = latestReturn(report);
  const out: Partial<Record<ReportSection, string>> = {};
  for (const c of latest?.comments ?? []) out[c.section] = out[c.section] ? `${out[c.section]}\n${c.comment}` : c.comment;
  return out;
}

/** The latest time the report was sent back (returned, or reopened with a reason). */
export function latestReturn(report: Pick<AnnualReportDto, 'events'>) {
  return [...report.events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).find((e) => e.to === 'returned') ?? null;
}

/** "Qualified opinion on the 2025 audit" for each flag. */
export function useAuditFlagText() {
  const { t } = useTranslation();
  return (flag: AuditFlag) => t('reports.auditFlag', { year: flag.year, opinion: t(`reports.opinions.${flag.opinion}`) });
}

const NUMBER_LOCALES: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', es: 'es' };

/** A count or an indicator's percent in the reader's language ("106.3 %" / "106,3 %"). */
export function useNumberText() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const format = new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? lang, { maximumFractionDigits: 2 });
  return {
    number: (n: number | null) => (n === null ? '—' : format.format(n)),
    percent: (n: number | null) => (n === null ? '—' : `${format.format(n)} %`),
  };
}
