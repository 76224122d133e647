import type { MouseEvent } from 'react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localize, type AnnualReportDto, type ReportMissingItem } from '@mic/domain';
import { fieldId, sectionId } from '../report-labels';

/** The missing item in words, naming the outcome, indicator or budget line it is about. */
export function useMissingText(report: AnnualReportDto) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (item: ReportMissingItem) => {
    const resultId = item.params?.resultId;
    const outcome = report.outcomes.find((o) => o.id === resultId);
    const indicator = report.indicators.find((i) => i.id === item.path);
    const lineIndex = /^financial\.lines\.(\d+)\./.exec(item.path)?.[1];
    const line = lineIndex === undefined ? undefined : report.financial.rows[Number(lineIndex)];
    const name = outcome ? localize(outcome.statement, lang) : indicator ? localize(indicator.name, lang) : (line?.description ?? '');
    const side = item.params?.side ? t(`reports.sides.${item.params.side}`) : '';
    return t(`reports.missing.${item.code}`, { ...item.params, name, side });
  };
}

/** Goes to the field (or, when it is not on the page, its section) without a navigation. */
export function goToField(event: MouseEvent, item: Pick<ReportMissingItem, 'path' | 'section'>) {
  const el = document.getElementById(fieldId(item.path)) ?? document.getElementById(sectionId(item.section));
  if (!el) return;
  event.preventDefault();
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

/** What the report still lacks before it can be submitted, each linked to its field. */
export function MissingList({ report }: { report: AnnualReportDto }) {
  const { t } = useTranslation();
  const text = useMissingText(report);
  if (report.missing.length === 0) {
    return (
      <Alert data-color="success" className="page-alert">
        <Paragraph>{t('reports.missingNone')}</Paragraph>
      </Alert>
    );
  }
  return (
    <section aria-labelledby="report-missing-heading" className="report-missing">
      <Heading level={2} data-size="xs" id="report-missing-heading">
        {t('reports.missingHeading', { count: report.missing.length })}
      </Heading>
      <ul>
        {report.missing.map((item, i) => (
          <li key={`${item.path}-${i}`}>
            <Link href={`#${fieldId(item.path)}`} onClick={(e) => goToField(e, item)}>
              {text(item)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
