import { FilterForm } from '../../components/FilterForm';
import { useTranslation } from 'react-i18next';
import type { Option, OptionGroup } from '../../components/SelectField';
import { SelectField } from '../../components/SelectField';
import type { MunicipalityFilters as Filters } from './url-filters';

interface Props {
  filters: Filters;
  countries: (Option | OptionGroup)[];
  active: boolean;
  onChange: (changes: Filters) => void;
  onClear: () => void;
}

export function MunicipalityFilters({ filters, countries, active, onChange, onClear }: Props) {
  const { t } = useTranslation();

  return (
    <FilterForm
      label={t('municipalities.filters.label')}
      search={{ id: 'municipality-search', label: t('municipalities.filters.search'), hint: t('municipalities.filters.searchHint'), button: t('municipalities.filters.searchButton'), value: filters.search }}
      onSearch={(text) => onChange({ search: text })}
      active={active}
      clearLabel={t('municipalities.filters.clear')}
      onClear={onClear}
    >
      <SelectField
        id="municipality-country"
        label={t('municipalities.filters.country')}
        placeholder={t('municipalities.filters.all')}
        value={filters.country ?? ''}
        onChange={(v) => onChange({ country: v })}
        options={countries}
      />
      <SelectField
        id="municipality-kind"
        label={t('municipalities.filters.kind')}
        placeholder={t('municipalities.filters.all')}
        value={filters.kind ?? ''}
        onChange={(v) => onChange({ kind: v })}
        options={[
          { value: 'home', label: t('municipalities.kinds.home') },
          { value: 'partner', label: t('municipalities.kinds.partner') },
        ]}
      />
    </FilterForm>
  );
}
