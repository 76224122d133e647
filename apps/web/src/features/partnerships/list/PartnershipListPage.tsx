import { useRef } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PAGE_SIZE, localize } from '@mic/domain';
import { PageHeading } from '../../../components/PageHeading';
import { PaginationNav } from '../../../components/PaginationNav';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  const data = list.data;

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

      <p ref={resultsRef} tabIndex={-1} className="results-summary" role="status">
        {data && data.total > 0
          ? t('partnerships.showing', {
              from: (data.page - 1) * data.pageSize + 1,
              to: (data.page - 1) * data.pageSize + data.items.length,
              total: data.total,
            })
          : ''}
      </p>

      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {data && data.items.length === 0 && (
        <div className="empty-state">
          <Paragraph>{active ? t('partnerships.emptyFiltered') : t('partnerships.empty')}</Paragraph>
          {active && (
            <Button variant="secondary" onClick={clear}>
              {t('partnerships.filters.clear')}
            </Button>
          )}
        </div>
      )}
      {data && data.items.length > 0 && (
        <div aria-busy={list.isFetching}>
          <PartnershipTable items={data.items} programme={programme.data} />
          <PaginationNav
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onChange={goToPage}
            label={t('partnerships.pagination')}
          />
        </div>
      )}
    </>
  );
}
