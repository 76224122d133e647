import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isProgrammeOfficeUser, useCurrentUser } from '../auth/session';
import { useEvents, type EventFilters as Filters } from './events-api';
import { EventFilters } from './EventFilters';
import { EventTable } from './EventTable';
import { useEventUrlFilters } from './url-filters';
import './events.css';

/** /events: the network meetings, courses and webinars the user can see, by date. */
export function EventListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  // "Deleted" comes once with the navigation from the event's page; it is not shown again on reload.
  const [deleted, setDeleted] = useState(!!(location.state as { deleted?: boolean } | null)?.deleted);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);

  const { filters, page, update, setPage, clear, active } = useEventUrlFilters();
  const list = useEvents(filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);

  const onFilter = (changes: Filters) => {
    setDeleted(false);
    update(changes);
  };
  const onClear = () => {
    setDeleted(false);
    clear();
  };
  const goToPage = (p: number) => {
    setDeleted(false);
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <div className="page-head">
        <PageHeading>{t('events.heading')}</PageHeading>
        {isProgrammeOfficeUser(user) && (
          <Button asChild>
            <RouterLink to="/events/new">{t('events.new')}</RouterLink>
          </Button>
        )}
      </div>
      <Paragraph className="lead">{t('events.intro')}</Paragraph>
      {deleted && <SuccessAlert focus={false}>{t('events.detail.deleted')}</SuccessAlert>}
      <EventFilters filters={filters} active={active} onChange={onFilter} onClear={onClear} />

      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('events.showing', range)}
        empty={t('events.empty')}
        emptyFiltered={t('events.emptyFiltered')}
        active={active}
        clearLabel={t('events.filters.clear')}
        onClear={onClear}
        paginationLabel={t('events.pagination')}
        onPage={goToPage}
      >
        {(items) => <EventTable items={items} />}
      </PagedResults>
    </>
  );
}
