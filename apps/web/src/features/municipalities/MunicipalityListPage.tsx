import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useProgramme } from '../programme/programme-api';
import { useMunicipalityList } from './municipalities-api';
import { MunicipalityFilters } from './MunicipalityFilters';
import { MunicipalityTable } from './MunicipalityTable';
import { useCountryOptions } from './useCountryOptions';
import { useMunicipalityUrlFilters, type MunicipalityFilters as Filters } from './url-filters';

/** What the form sends back with the navigation after a save. */
export interface SavedState {
  saved: 'created' | 'updated';
  name: string;
}

/** The register of municipalities, for the programme office: search, filter, add and edit. */
export function MunicipalityListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // "Saved" comes once with the navigation from the form; it is not shown again on reload.
  const [saved, setSaved] = useState(location.state as SavedState | null);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);

  const programme = useProgramme();
  const countries = useCountryOptions(programme.data);
  const { filters, page, update, setPage, clear, active } = useMunicipalityUrlFilters();
  const list = useMunicipalityList(filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const back = location.pathname + location.search;

  const onFilter = (changes: Filters) => {
    setSaved(null);
    update(changes);
  };
  const onClear = () => {
    setSaved(null);
    clear();
  };
  const goToPage = (p: number) => {
    setSaved(null);
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <div className="page-head">
        <PageHeading>{t('municipalities.heading')}</PageHeading>
        <Button asChild>
          <RouterLink to="/municipalities/new" state={{ back }}>
            {t('municipalities.add')}
          </RouterLink>
        </Button>
      </div>
      <Paragraph className="lead">{t('municipalities.intro')}</Paragraph>
      {saved?.saved && (
        <SuccessAlert focus={false}>
          {t(saved.saved === 'created' ? 'municipalities.created' : 'municipalities.updated', { name: saved.name })}
        </SuccessAlert>
      )}
      <MunicipalityFilters filters={filters} countries={countries} active={active} onChange={onFilter} onClear={onClear} />

      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('municipalities.showing', range)}
        empty={t('municipalities.empty')}
        emptyFiltered={t('municipalities.emptyFiltered')}
        active={active}
        clearLabel={t('municipalities.filters.clear')}
        onClear={onClear}
        paginationLabel={t('municipalities.pagination')}
        onPage={goToPage}
      >
        {(items) => <MunicipalityTable items={items} programme={programme.data} back={back} />}
      </PagedResults>
    </>
  );
}
