import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RESULT_OWNERS } from '@mic/domain';
import { SelectField } from '../../../components/SelectField';
import type { TrackingFilters as Filters } from '../results-api';
import { useResultsLabels } from '../shared/useResultsLabels';
import { TRACKED_LEVELS } from './url-filters';

interface Props {
  filters: Filters;
  purposes: string[];
  active: boolean;
  onChange: (changes: Filters) => void;
  onClear: () => void;
}

/** Result level, purpose and owner; each change updates the address and the table at once. */
export function TrackingFilters({ filters, purposes, active, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  return (
    <form role="search" aria-label={t('results.tracking.filtersLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__grid">
        <SelectField
          id="tracking-level"
          label={t('results.tracking.level')}
          placeholder={t('results.tracking.all')}
          value={filters.level ?? ''}
          onChange={(v) => onChange({ level: v })}
          options={TRACKED_LEVELS.map((l) => ({ value: l, label: labels.level(l) }))}
        />
        <SelectField
          id="tracking-purpose"
          label={t('results.tracking.purpose')}
          placeholder={t('results.tracking.all')}
          value={filters.purpose ?? ''}
          onChange={(v) => onChange({ purpose: v })}
          options={purposes.map((p) => ({ value: p, label: labels.purpose(p) }))}
        />
        <SelectField
          id="tracking-owner"
          label={t('results.tracking.owner')}
          placeholder={t('results.tracking.all')}
          value={filters.owner ?? ''}
          onChange={(v) => onChange({ owner: v })}
          options={RESULT_OWNERS.map((o) => ({ value: o, label: labels.owner(o) }))}
        />
      </div>
      {active && (
        <div>
          <Button type="button" variant="tertiary" onClick={onClear}>
            {t('results.tracking.clear')}
          </Button>
        </div>
      )}
    </form>
  );
}
