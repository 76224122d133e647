import { FilterForm } from '../../../components/FilterForm';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_STATUSES, type ProgrammeDto } from '@mic/domain';
import { SelectField, type OptionGroup } from '../../../components/SelectField';
import { useProgrammeLabels } from '../../programme/useLabels';
import type { PartnershipFilters as Filters } from '../api';
import { SORTS, type FilterKey } from './url-filters';

interface Props {
  programme: ProgrammeDto | undefined;
  filters: Filters;
  sort: string;
  active: boolean;
  onChange: (changes: Partial<Record<FilterKey | 'sort', string>>) => void;
  onClear: () => void;
}

function yearOptions(): string[] {
  const now = new Date().getFullYear();
  const years: string[] = [];
  for (let y = now + 5; y >= 2010; y--) years.push(String(y));
  return years;
}

export function PartnershipFilters({ programme, filters, sort, active, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);

  const countryGroups: OptionGroup[] = (programme?.regions ?? []).map((r) => ({
    label: labels.region(r.code),
    options: r.countries
      .map((c) => ({ value: c, label: labels.country(c) }))
      .sort((a, b) => a.label.localeCompare(b.label, labels.lang)),
  }));

  return (
    <FilterForm
      label={t('partnerships.filters.label')}
      search={{ id: 'filter-search', label: t('partnerships.filters.search'), hint: t('partnerships.filters.searchHint'), button: t('partnerships.filters.searchButton'), value: filters.search }}
      onSearch={(text) => onChange({ search: text })}
      active={active}
      clearLabel={t('partnerships.filters.clear')}
      onClear={onClear}
    >
      <SelectField
        id="filter-country"
        label={t('partnerships.filters.country')}
        placeholder={t('partnerships.filters.all')}
        value={filters.country ?? ''}
        onChange={(v) => onChange({ country: v })}
        options={countryGroups}
      />
      <SelectField
        id="filter-region"
        label={t('partnerships.filters.region')}
        placeholder={t('partnerships.filters.all')}
        value={filters.region ?? ''}
        onChange={(v) => onChange({ region: v })}
        options={(programme?.regions ?? []).map((r) => ({ value: r.code, label: labels.region(r.code) }))}
      />
      <SelectField
        id="filter-purpose"
        label={t('partnerships.filters.purpose')}
        placeholder={t('partnerships.filters.all')}
        value={filters.purpose ?? ''}
        onChange={(v) => onChange({ purpose: v })}
        options={(programme?.purposes ?? []).map((p) => ({ value: p.code, label: labels.purpose(p.code) }))}
      />
      <SelectField
        id="filter-funding"
        label={t('partnerships.filters.fundingSource')}
        placeholder={t('partnerships.filters.all')}
        value={filters.fundingSource ?? ''}
        onChange={(v) => onChange({ fundingSource: v })}
        options={(programme?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
      />
      <SelectField
        id="filter-status"
        label={t('partnerships.filters.status')}
        placeholder={t('partnerships.filters.all')}
        value={filters.status ?? ''}
        onChange={(v) => onChange({ status: v })}
        options={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <SelectField
        id="filter-year"
        label={t('partnerships.filters.year')}
        placeholder={t('partnerships.filters.all')}
        value={filters.year ?? ''}
        onChange={(v) => onChange({ year: v })}
        options={yearOptions().map((y) => ({ value: y, label: y }))}
      />
      <SelectField
        id="filter-sort"
        label={t('partnerships.sort.label')}
        value={sort}
        onChange={(v) => onChange({ sort: v })}
        options={SORTS.map((s) => ({ value: s, label: t(`partnerships.sort.${s === '-startYear' ? 'startYearDesc' : s}`) }))}
      />
    </FilterForm>
  );
}
