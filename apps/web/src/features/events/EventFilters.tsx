import { useEffect, useState } from 'react';
import { Button, Checkbox } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import type { EventFilters as Filters } from './events-api';
import { eventYears } from './url-filters';

interface Props {
  filters: Filters;
  active: boolean;
  onChange: (changes: Filters) => void;
  onClear: () => void;
}

/** The year and "upcoming only"; each change applies at once and is kept in the address. */
export function EventFilters({ filters, active, onChange, onClear }: Props) {
  const { t } = useTranslation();
  // The box shows the click at once; the address (and so the list) follows, also on back and forward.
  const [upcoming, setUpcoming] = useState(filters.upcoming === 'true');
  useEffect(() => setUpcoming(filters.upcoming === 'true'), [filters.upcoming]);
  return (
    <form role="search" aria-label={t('events.filters.label')} className="filters" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__grid">
        <SelectField
          id="event-year"
          label={t('events.filters.year')}
          placeholder={t('events.filters.allYears')}
          value={filters.year ?? ''}
          onChange={(v) => onChange({ year: v })}
          options={eventYears().map((y) => ({ value: y, label: y }))}
        />
        <div className="events-filter-check">
          <Checkbox
            id="event-upcoming"
            label={t('events.filters.upcoming')}
            checked={upcoming}
            onChange={(e) => {
              setUpcoming(e.target.checked);
              onChange({ upcoming: e.target.checked ? 'true' : '' });
            }}
          />
        </div>
      </div>
      {active && (
        <Button type="button" variant="tertiary" onClick={onClear}>
          {t('events.filters.clear')}
        </Button>
      )}
    </form>
  );
}
