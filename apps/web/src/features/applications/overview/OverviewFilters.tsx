import { FilterForm } from '../../../components/FilterForm';
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
  return (
    <FilterForm
      label={t('applications.overview.filters.label')}
      search={{ id: 'app-filter-q', label: t('applications.overview.filters.search'), hint: t('applications.overview.filters.searchHint'), button: t('applications.overview.filters.searchButton'), value: filters.q }}
      onSearch={(text) => onChange({ q: text })}
      active={active}
      clearLabel={t('applications.overview.filters.clear')}
      onClear={onClear}
    >
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
    </FilterForm>
  );
}
