import { useEffect, useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
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
  const [search, setSearch] = useState(filters.search ?? '');

  // Back and forward in the browser change the URL; the box follows.
  useEffect(() => setSearch(filters.search ?? ''), [filters.search]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ search: search.trim() });
  };

  return (
    <form role="search" aria-label={t('municipalities.filters.label')} className="filters" onSubmit={onSubmit}>
      <div className="filters__search">
        <Textfield
          id="municipality-search"
          label={t('municipalities.filters.search')}
          description={t('municipalities.filters.searchHint')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('municipalities.filters.searchButton')}
        </Button>
      </div>
      <div className="filters__grid">
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
      </div>
      {active && (
        <Button type="button" variant="tertiary" onClick={onClear}>
          {t('municipalities.filters.clear')}
        </Button>
      )}
    </form>
  );
}
