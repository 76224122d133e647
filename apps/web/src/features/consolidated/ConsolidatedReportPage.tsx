import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { useProgramme } from '../programme/programme-api';
import { useProgrammeLabels } from '../programme/useLabels';
import { defaultReportYear, reportYears } from '../reports/overview/overview-filters';
import { consolidatedFileUrl, EXPORT_FORMATS, EXPORT_LANGUAGES, useConsolidatedReport } from './consolidated-api';
import { AuditsSection, PortfolioSection, ReportCountsSection, ResultsSection, RisksSection } from './DataSections';
import { MoneySection } from './MoneySection';
import { NarrativeSection } from './NarrativeSection';
import './consolidated.css';

/** /programme/reports/consolidated?funding=&year=: one report across a funding source's partnerships for a year. */
export function ConsolidatedReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const programme = useProgramme();
  const labels = useProgrammeLabels(programme.data);
  const askedYear = params.get('year') ?? '';
  const year = /^\d{4}$/.test(askedYear) ? Number(askedYear) : Number(defaultReportYear());
  const sources = programme.data?.fundingSources ?? [];
  const asked = params.get('funding') ?? '';
  // Without a (known) funding source in the address, the programme's first one.
  const funding = sources.some((s) => s.code === asked) ? asked : (sources[0]?.code ?? '');
  const report = useConsolidatedReport(funding, year);
  const data = report.data;
  const choose = (changes: { funding?: string; year?: string }) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v);
      return next;
    });
  const sourceName = funding ? labels.fundingSource(funding) : '';
  const heading = t('consolidated.heading');

  return (
    <div className="consolidated-page">
      <p className="back-link">
        <RouterLink to={`/reports?year=${year}${funding ? `&funding=${encodeURIComponent(funding)}` : ''}`}>{t('consolidated.backToReports')}</RouterLink>
      </p>
      <PageHeading title={sourceName ? `${heading} – ${sourceName} ${year}` : heading}>{heading}</PageHeading>
      <Paragraph className="lead">{t('consolidated.intro')}</Paragraph>
      <form role="search" aria-label={t('consolidated.filtersLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="filters__grid">
          <SelectField
            id="consolidated-funding"
            label={t('consolidated.fields.funding')}
            value={funding}
            onChange={(v) => choose({ funding: v })}
            options={sources.map((s) => ({ value: s.code, label: labels.fundingSource(s.code) }))}
          />
          <SelectField id="consolidated-year" label={t('consolidated.fields.year')} value={String(year)} onChange={(v) => choose({ year: v })} options={reportYears().map((y) => ({ value: y, label: y }))} />
        </div>
      </form>
      {programme.isError && <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />}
      {report.isError && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {(programme.isPending || (funding && report.isPending)) && <Loading />}
      {data && (
        <>
          <section aria-labelledby="consolidated-downloads-heading" className="section">
            <Heading level={2} data-size="sm" id="consolidated-downloads-heading">
              {t('consolidated.downloads.heading')}
            </Heading>
            <ul className="plain-list download-list">
              {EXPORT_LANGUAGES.map((l) => (
                <li key={l}>
                  <span className="download-list__language">{t(`consolidated.languages.${l}`)}:</span>{' '}
                  {EXPORT_FORMATS.map((f) => (
                    <Link key={f} href={consolidatedFileUrl(data.fundingSource, data.year, f, l)} download className="download-list__link">
                      {t(`consolidated.downloads.${f}`, { language: t(`consolidated.languages.${l}`) })}
                    </Link>
                  ))}
                </li>
              ))}
            </ul>
          </section>
          <NarrativeSection key={`${data.fundingSource}-${data.year}`} report={data} reload={report.refetch} />
          <PortfolioSection data={data.data} programme={programme.data} />
          <MoneySection data={data.data} programme={programme.data} />
          <ResultsSection data={data.data} programme={programme.data} />
          <RisksSection data={data.data} />
          <AuditsSection data={data.data} />
          <ReportCountsSection data={data.data} />
        </>
      )}
    </div>
  );
}
