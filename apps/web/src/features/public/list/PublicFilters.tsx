import { useTranslation } from 'react-i18next';
import { PUBLIC_PARTNERSHIP_STATUSES, type PublicProgrammeDto } from '@mic/domain';
import { FilterForm } from '../../../components/FilterForm';
import { SelectField, type OptionGroup } from '../../../components/SelectField';
import type { PublicLabels } from '../labels';
import type { PublicFilters as Filters } from '../public-api';

interface Props {
  programme: PublicProgrammeDto | undefined;
  labels: PublicLabels;
  filters: Filters;
  active: boolean;
  onChange: (changes: Filters) => void;
  onClear: () => void;
}

/** The years a partnership can have been running in: the programme's first cycle to a few years ahead. */
function yearOptions(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear() + 3; y >= 2010; y--) years.push(String(y));
  return years;
}

/** Search and filters of the public list; every choice goes into the address, so a view can be shared. */
export function PublicFilters({ programme, labels, filters, active, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const countryGroups: OptionGroup[] = (programme?.regions ?? [])
    .filter((r) => r.countries.length > 0)
    .map((r) => ({
      label: labels.text(r.name),
      options: r.countries.map((c) => ({ value: c.country, label: labels.country(c.country) })).sort((a, b) => a.label.localeCompare(b.label, labels.lang)),
    }));
  const all = t('public.filters.all');
  return (
    <FilterForm
      label={t('public.filters.label')}
      search={{ id: 'public-search', label: t('public.filters.search'), hint: t('public.filters.searchHint'), button: t('public.filters.searchButton'), value: filters.q }}
      onSearch={(q) => onChange({ q })}
      active={active}
      clearLabel={t('public.filters.clear')}
      onClear={onClear}
    >
      <SelectField id="public-country" label={t('public.fields.country')} placeholder={all} value={filters.country ?? ''} onChange={(v) => onChange({ country: v })} options={countryGroups} />
      <SelectField
        id="public-region"
        label={t('public.fields.region')}
        placeholder={all}
        value={filters.region ?? ''}
        onChange={(v) => onChange({ region: v })}
        options={(programme?.regions ?? []).map((r) => ({ value: r.code, label: labels.text(r.name) }))}
      />
      <SelectField
        id="public-purpose"
        label={t('public.fields.purpose')}
        placeholder={all}
        value={filters.purpose ?? ''}
        onChange={(v) => onChange({ purpose: v })}
        options={(programme?.purposes ?? []).map((p) => ({ value: p.code, label: labels.text(p.name) }))}
      />
      <SelectField
        id="public-funding"
        label={t('public.fields.fundingSource')}
        placeholder={all}
        value={filters.funding ?? ''}
        onChange={(v) => onChange({ funding: v })}
        options={(programme?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.text(f.name) }))}
      />
      <SelectField
        id="public-status"
        label={t('public.fields.status')}
        placeholder={all}
        value={filters.status ?? ''}
        onChange={(v) => onChange({ status: v })}
        options={PUBLIC_PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <SelectField
        id="public-year"
        label={t('public.filters.year')}
        placeholder={all}
        value={filters.year ?? ''}
        onChange={(v) => onChange({ year: v })}
        options={yearOptions().map((y) => ({ value: y, label: y }))}
      />
    </FilterForm>
  );
}
