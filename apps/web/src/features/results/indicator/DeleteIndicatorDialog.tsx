import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDto } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDeleteIndicator } from '../results-api';

interface Props {
  partnershipId: string;
  indicator: IndicatorDto;
  name: string;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before an indicator goes, saying how many reported values go with it. */
export function DeleteIndicatorDialog({ partnershipId, indicator, name, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteIndicator(partnershipId);
  const values = indicator.values.length;
  const refused = remove.isError && isApiError(remove.error) && remove.error.code === 'INDICATOR_HAS_DATA';
  const run = () => remove.mutate({ id: indicator.id, version: indicator.version, confirm: values > 0 || refused }, { onSuccess: onDeleted });
  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="delete-indicator-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="delete-indicator-heading">
          {t('results.indicator.deleteHeading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{values > 0 ? t('results.indicator.deleteWithValues', { name, count: values }) : t('results.indicator.deleteText', { name })}</Paragraph>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <div className="button-row">
          <Button data-color="danger" onClick={run} loading={remove.isPending}>
            {t('results.indicator.deleteConfirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
