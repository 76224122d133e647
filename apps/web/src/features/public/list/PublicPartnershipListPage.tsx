import { useRef } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { PagedResults } from '../../../components/PagedResults';
import { OpenDataLinks } from '../OpenDataLinks';
import { usePublicLabels } from '../labels';
import { usePublicPartnerships, usePublicProgramme } from '../public-api';
import { usePublicUrlFilters } from '../url-filters';
import { PublicFilters } from './PublicFilters';
import { PublicPartnershipTable } from './PublicPartnershipTable';

/** /public/partnerships: the public partnerships, searchable and filterable, with downloads of what is shown. */
export function PublicPartnershipListPage() {
  const { t } = useTranslation();
  const programme = usePublicProgramme();
  const labels = usePublicLabels(programme.data);
  const { filters, page, update, setPage, clear, active } = usePublicUrlFilters();
  const list = usePublicPartnerships(filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);

  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('public.list.heading')}</PageHeading>
      <Paragraph className="lead">{t('public.list.intro')}</Paragraph>
      <PublicFilters programme={programme.data} labels={labels} filters={filters} active={active} onChange={update} onClear={clear} />
      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('public.list.showing', range)}
        empty={t('public.list.empty')}
        emptyFiltered={t('public.list.emptyFiltered')}
        active={active}
        clearLabel={t('public.filters.clear')}
        onClear={clear}
        paginationLabel={t('public.list.pagination')}
        onPage={goToPage}
      >
        {(items) => <PublicPartnershipTable items={items} labels={labels} />}
      </PagedResults>
      <OpenDataLinks filters={filters} filtered={active} />
    </>
  );
}
