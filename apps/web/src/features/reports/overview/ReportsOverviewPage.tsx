import { useRef } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../components/FilterForm';
import { PageHeading } from '../../../components/PageHeading';
import { PagedResults } from '../../../components/PagedResults';
import { SelectField } from '../../../components/SelectField';
import { useProgramme } from '../../programme/programme-api';
import { useProgrammeLabels } from '../../programme/useLabels';
import { useReportsOverview, type ReportsOverviewFilters } from './overview-api';
import { OVERVIEW_STATUSES, reportYears, useReportsUrlFilters } from './overview-filters';
import { ReportStatusCounts } from './ReportStatusCounts';
import { ReportsOverviewTable } from './ReportsOverviewTable';
import { IatiCheckLink } from '../../iati/IatiCheckLink';
import './reports-overview.css';

/** /reports: the programme office's view of a year's annual reports: due, late, submitted, returned and accepted. */
export function ReportsOverviewPage() {
  const { t } = useTranslation();
  const programme = useProgramme().data;
  const labels = useProgrammeLabels(programme);
  const { filters, page, update, setPage, active } = useReportsUrlFilters();
  const list = useReportsOverview(filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const onClear = () => update({ status: '', funding: '', q: '' } as ReportsOverviewFilters);
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };
  const funding = filters.funding ?? programme?.fundingSources[0]?.code;
  const consolidated = `/programme/reports/consolidated?${new URLSearchParams({ ...(funding ? { funding } : {}), year: filters.year ?? '' }).toString()}`;

  return (
    <>
      <PageHeading>{t('reportsOverview.heading')}</PageHeading>
      <Paragraph className="lead">{t('reportsOverview.intro')}</Paragraph>
      <p>
        <RouterLink to={consolidated}>{t('reportsOverview.consolidatedLink', { year: filters.year })}</RouterLink>
      </p>
      <IatiCheckLink />
      <FilterForm
        label={t('reportsOverview.filters.label')}
        search={{ id: 'reports-filter-q', label: t('reportsOverview.filters.search'), hint: t('reportsOverview.filters.searchHint'), button: t('reportsOverview.filters.searchButton'), value: filters.q }}
        onSearch={(text) => update({ q: text })}
        active={active}
        clearLabel={t('reportsOverview.filters.clear')}
        onClear={onClear}
      >
        <SelectField id="reports-filter-year" label={t('reportsOverview.filters.year')} value={filters.year ?? ''} onChange={(v) => update({ year: v })} options={reportYears().map((y) => ({ value: y, label: y }))} />
        <SelectField
          id="reports-filter-status"
          label={t('reportsOverview.filters.status')}
          placeholder={t('reportsOverview.filters.all')}
          value={filters.status ?? ''}
          onChange={(v) => update({ status: v })}
          options={OVERVIEW_STATUSES.map((s) => ({ value: s, label: t(`reportsOverview.statuses.${s}`) }))}
        />
        <SelectField
          id="reports-filter-funding"
          label={t('reportsOverview.filters.funding')}
          placeholder={t('reportsOverview.filters.all')}
          value={filters.funding ?? ''}
          onChange={(v) => update({ funding: v })}
          options={(programme?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
        />
      </FilterForm>
      {list.data && <ReportStatusCounts counts={list.data.counts} year={list.data.year} />}
      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('reportsOverview.showing', range)}
        empty={t('reportsOverview.empty', { year: filters.year })}
        emptyFiltered={t('reportsOverview.emptyFiltered')}
        active={active}
        clearLabel={t('reportsOverview.filters.clear')}
        onClear={onClear}
        paginationLabel={t('reportsOverview.pagination')}
        onPage={goToPage}
      >
        {(items) => <ReportsOverviewTable items={items} programme={programme} />}
      </PagedResults>
    </>
  );
}
