import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import {
  CURRENCY_MINOR_DIGITS,
  REPORT_SECTIONS,
  diffWords,
  minorToDecimal,
  reportSectionText,
  type AnnualReportDto,
  type DiffPart,
  type ReportContent,
  type ReportSection,
} from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { formatDateTime } from '../../../lib/format';
import { useReportVersion } from '../reports-api';
import { ScrollRegion } from '../../risks/ScrollRegion';

/** A section as compared; budget lines by their description rather than their id. */
function sectionText(report: AnnualReportDto, content: ReportContent, section: ReportSection): string {
  if (section !== 'financial') return reportSectionText(content, section);
  const rows = new Map(report.financial.rows.map((r) => [r.lineId, r]));
  const f = content.financial;
  const lines = f.lines.map((l) => {
    const row = rows.get(l.lineId);
    const amount =
      l.localActual !== null && row?.currency
        ? `${row.currency} ${minorToDecimal(l.localActual, CURRENCY_MINOR_DIGITS[row.currency] ?? 2)}`
        : l.actual === null
          ? '—'
          : `NOK ${minorToDecimal(l.actual)}`;
    return `${row?.description ?? l.lineId}: ${amount}${l.explanation ? ` — ${l.explanation}` : ''}`;
  });
  return [...lines, '', f.unspentExplanation].join('\n');
}

/** Added words underlined, removed ones struck through, each also said in words to screen readers. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <p className="report-diff pre-line">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <span className="visually-hidden">{t('reports.versions.addedStart')} </span>
            {p.text}
            <span className="visually-hidden"> {t('reports.versions.addedEnd')}</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">{t('reports.versions.removedStart')} </span>
            {p.text}
            <span className="visually-hidden"> {t('reports.versions.removedEnd')}</span>
          </del>
        ),
      )}
    </p>
  );
}

function Comparison({ report, number }: { report: AnnualReportDto; number: number }) {
  const { t } = useTranslation();
  const before = useReportVersion(report.id, number - 1);
  const after = useReportVersion(report.id, number);
  if (before.isError || after.isError) return <ErrorAlert error={before.error ?? after.error} />;
  if (!before.data || !after.data) return <Loading />;
  return (
    <div className="report-compare">
      <Heading level={3} data-size="xs" id="report-compare-heading" tabIndex={-1}>
        {t('reports.versions.comparing', { after: number, before: number - 1 })}
      </Heading>
      {REPORT_SECTIONS.map((section) => {
        const a = sectionText(report, before.data.content, section);
        const b = sectionText(report, after.data.content, section);
        return (
          <div key={section} className="report-compare__section">
            <Heading level={4} data-size="2xs">
              {t(`reports.sections.${section}`)}
            </Heading>
            {a === b ? <Paragraph data-size="sm">{t('reports.versions.unchanged')}</Paragraph> : <DiffText parts={diffWords(a, b)} />}
          </div>
        );
      })}
    </div>
  );
}

/** The submitted versions, each comparable with the one before it section by section. */
export function VersionsSection({ report }: { report: AnnualReportDto }) {
  const { t, i18n } = useTranslation();
  const [compare, setCompare] = useState<number | null>(null);
  if (report.versions.length === 0) return null;
  const versions = [...report.versions].sort((a, b) => b.number - a.number);
  return (
    <section aria-labelledby="report-versions-heading" className="section">
      <Heading level={2} data-size="sm" id="report-versions-heading">
        {t('reports.versions.heading')}
      </Heading>
      <ScrollRegion label={t('reports.versions.caption')}>
        <Table data-size="sm" className="data-table">
          <caption>{t('reports.versions.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('reports.versions.number')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('reports.versions.submittedAt')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('reports.versions.by')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="visually-hidden">{t('reports.versions.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {versions.map((v) => (
              <Table.Row key={v.number}>
                <Table.HeaderCell scope="row">{t('reports.versions.version', { number: v.number })}</Table.HeaderCell>
                <Table.Cell>{formatDateTime(v.submittedAt, i18n.resolvedLanguage ?? 'en')}</Table.Cell>
                <Table.Cell>{v.byName ?? '—'}</Table.Cell>
                <Table.Cell>
                  {v.number > 1 && (
                    <Button variant="tertiary" data-size="sm" aria-pressed={compare === v.number} onClick={() => setCompare(compare === v.number ? null : v.number)}>
                      {t('reports.versions.compare', { number: v.number })}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      {compare !== null && <Comparison report={report} number={compare} />}
    </section>
  );
}
