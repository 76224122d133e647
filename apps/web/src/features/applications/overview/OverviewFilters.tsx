import { useEffect, useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ProgrammeDto } from '@mic/domain';
import { SelectField } from '../../../components/SelectField';
import { useProgrammeLabels } from '../../programme/useLabels';
import type { OverviewFilters as Filters } from '../applications-api';
import { overviewYears } from './overview-filters';

interface Props {
  programme: ProgrammeDto | undefined;
  filters: Filters;
  active: boolean;
  onChange: (changes: Filters) => void;
  onClear: () => void;
}

/** The year, status and funding source (each applies at once) and a search by partnership. */
export function OverviewFilters({ programme, filters, active, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() });
  };
  return (
    <form role="search" aria-label={t('applications.overview.filters.label')} className="filters" onSubmit={onSubmit}>
      <div className="filters__search">
        <Textfield
          id="app-filter-q"
          label={t('applications.overview.filters.search')}
          description={t('applications.overview.filters.searchHint')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('applications.overview.filters.searchButton')}
        </Button>
      </div>
      <div className="filters__grid">
        <SelectField
          id="app-filter-year"
          label={t('applications.overview.filters.year')}
          value={filters.year ?? ''}
          onChange={(v) => onChange({ year: v })}
          options={overviewYears().map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          id="app-filter-status"
          label={t('applications.overview.filters.status')}
          placeholder={t('applications.overview.filters.all')}
          value={filters.status ?? ''}
          onChange={(v) => onChange({ status: v })}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`applications.statuses.${s}`) }))}
        />
        <SelectField
          id="app-filter-funding"
          label={t('applications.overview.filters.funding')}
          placeholder={t('applications.overview.filters.all')}
          value={filters.funding ?? ''}
          onChange={(v) => onChange({ funding: v })}
          options={(programme?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
        />
      </div>
      {active && (
        <Button type="button" variant="tertiary" onClick={onClear}>
          {t('applications.overview.filters.clear')}
        </Button>
      )}
    </form>
  );
}
