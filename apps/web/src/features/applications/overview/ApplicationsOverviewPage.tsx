import { useRef } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { PagedResults } from '../../../components/PagedResults';
import { useProgramme } from '../../programme/programme-api';
import { useApplicationsOverview, type OverviewFilters as Filters } from '../applications-api';
import { OverviewFilters } from './OverviewFilters';
import { OverviewTable, OverviewTotals } from './OverviewTable';
import { useOverviewUrlFilters } from './overview-filters';
import '../applications.css';

/** /applications: the programme office's overview of a year's applications, with totals over the filter. */
export function ApplicationsOverviewPage() {
  const { t } = useTranslation();
  const programme = useProgramme().data;
  const { filters, page, update, setPage, active } = useOverviewUrlFilters();
  const list = useApplicationsOverview(filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const onClear = () => update({ status: '', funding: '', q: '' } as Filters);
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };
  return (
    <>
      <PageHeading>{t('applications.overview.heading')}</PageHeading>
      <Paragraph className="lead">{t('applications.overview.intro')}</Paragraph>
      <OverviewFilters programme={programme} filters={filters} active={active} onChange={update} onClear={onClear} />
      {list.data && (
        <section aria-labelledby="overview-totals-heading" className="section">
          <Heading level={2} data-size="sm" id="overview-totals-heading">
            {t('applications.overview.totals', { year: filters.year })}
          </Heading>
          <OverviewTotals totals={list.data.totals} />
        </section>
      )}
      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('applications.overview.showing', range)}
        empty={t('applications.overview.empty', { year: filters.year })}
        emptyFiltered={t('applications.overview.emptyFiltered')}
        active={active}
        clearLabel={t('applications.overview.filters.clear')}
        onClear={onClear}
        paginationLabel={t('applications.overview.pagination')}
        onPage={goToPage}
      >
        {(items) => <OverviewTable items={items} programme={programme} />}
      </PagedResults>
    </>
  );
}
