import { Tag } from '@digdir/designsystemet-react';
import type { ProgressStatus, ValueStatus } from '@mic/domain';
import { useResultsLabels } from './useResultsLabels';

const PROGRESS_COLOR: Record<ProgressStatus, string> = {
  on_track: 'success',
  at_risk: 'warning',
  off_track: 'danger',
  no_data: 'neutral',
};

const VALUE_COLOR: Record<ValueStatus, string> = {
  draft: 'neutral',
  submitted: 'info',
  approved: 'success',
  returned: 'warning',
};

/** On track, at risk, off track or no data; the colour only repeats what the word says. */
export function ProgressTag({ status }: { status: ProgressStatus }) {
  const labels = useResultsLabels();
  return (
    <Tag data-color={PROGRESS_COLOR[status]} data-size="sm" className="nowrap">
      {labels.progress(status)}
    </Tag>
  );
}

export function ValueStatusTag({ status }: { status: ValueStatus }) {
  const labels = useResultsLabels();
  return (
    <Tag data-color={VALUE_COLOR[status]} data-size="sm" className="nowrap">
      {labels.valueStatus(status)}
    </Tag>
  );
}
