import { useEffect, useState } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { usePartnerships } from '../partnerships/api';

interface Props {
  idPrefix: string;
  value: string;
  onChange: (partnershipId: string) => void;
  /** The first, empty choice ("None" when optional, "Choose…" when required). */
  placeholder: string;
  error?: string;
}

/** A search box that narrows a select of partnerships (the programme may hold thousands). */
export function PartnershipPicker({ idPrefix, value, onChange, placeholder, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const list = usePartnerships({ search: query || undefined, sort: 'title', pageSize: 100 });
  const items = list.data?.items ?? [];
  const options = items.map((p) => ({ value: p.id, label: `${p.title} (${p.homeMunicipality.name} – ${p.partnerMunicipality.name})` }));
  // The chosen partnership stays a choice even when a new search no longer finds it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  if (value && chosen?.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);
  const choose = (id: string) => {
    setChosen(options.find((o) => o.value === id) ?? null);
    onChange(id);
  };
  return (
    <div className="picker">
      <Textfield
        id={`${idPrefix}-search`}
        label={t('users.partnershipSearch')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-size="sm"
      />
      <SelectField
        id={idPrefix}
        label={t('users.partnership')}
        placeholder={placeholder}
        value={value}
        onChange={choose}
        options={options}
        description={list.data && list.data.total > items.length ? t('users.partnershipMore', { shown: items.length, total: list.data.total }) : undefined}
        error={error}
      />
    </div>
  );
}
