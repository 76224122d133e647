import { useRef } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE, localize } from '@mic/domain';
import { PageHeading } from '../../../components/PageHeading';
import { PagedResults } from '../../../components/PagedResults';
import { isProgrammeOfficeUser, useCurrentUser } from '../../auth/session';
import { useProgramme } from '../../programme/programme-api';
import { usePartnerships } from '../api';
import { PartnershipFilters } from './PartnershipFilters';
import { PartnershipTable } from './PartnershipTable';
import { useUrlFilters } from './url-filters';

export function PartnershipListPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const programme = useProgramme();
  const { filters, sort, page, update, setPage, clear, active } = useUrlFilters();
  const list = usePartnerships({ ...filters, sort, page, pageSize: DEFAULT_PAGE_SIZE });
  const resultsRef = useRef<HTMLParagraphElement>(null);

  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <div className="page-head">
        <PageHeading>{t('partnerships.heading')}</PageHeading>
        {isProgrammeOfficeUser(user) && (
          <Button asChild>
            <RouterLink to="/partnerships/new">{t('partnerships.new')}</RouterLink>
          </Button>
        )}
      </div>
      {programme.data && (
        <Paragraph className="lead">
          {localize(programme.data.name, i18n.resolvedLanguage ?? 'en')}: {localize(programme.data.goal, i18n.resolvedLanguage ?? 'en')}
        </Paragraph>
      )}
      <PartnershipFilters programme={programme.data} filters={filters} sort={sort} active={active} onChange={update} onClear={clear} />

      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('partnerships.showing', range)}
        empty={t('partnerships.empty')}
        emptyFiltered={t('partnerships.emptyFiltered')}
        active={active}
        clearLabel={t('partnerships.filters.clear')}
        onClear={clear}
        paginationLabel={t('partnerships.pagination')}
        onPage={goToPage}
      >
        {(items) => <PartnershipTable items={items} programme={programme.data} />}
      </PagedResults>
    </>
  );
}
