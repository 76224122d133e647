import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ResultDto, ResultsFrameworkDto } from '@mic/domain';
import { useDeleteResult } from '../results-api';
import { useResultsLabels } from '../shared/useResultsLabels';
import { needsConfirmation, subtreeCounts } from './tree-helpers';

interface Props {
  result: ResultDto;
  fw: ResultsFrameworkDto;
  onClose: () => void;
  onDeleted: (name: string) => void;
}

/**
 * Asks before a result goes, saying what goes with it (results under it, indicators, reported values).
 * The server is told the user confirmed only when there was something to confirm; should data have
 * appeared meanwhile, its refusal is shown and a second click confirms.
 */
export function DeleteResultDialog({ result, fw, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const remove = useDeleteResult(fw.partnershipId);
  const counts = subtreeCounts(fw.results, fw.indicators, result.id);
  const hasData = needsConfirmation(counts);
  const refusedForData = remove.isError && isApiError(remove.error) && remove.error.code === 'RESULT_HAS_DATA';
  const name = labels.resultName(result);

  const run = () =>
    remove.mutate({ id: result.id, version: result.version, confirm: hasData || refusedForData }, { onSuccess: () => onDeleted(name) });

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="delete-result-heading">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="delete-result-heading">
          {t('results.delete.heading', { name })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {hasData ? (
          <>
            <Paragraph>{t('results.delete.withData', { name })}</Paragraph>
            <ul>
              {counts.results > 0 && <li>{t('results.delete.results', { count: counts.results })}</li>}
              {counts.indicators > 0 && <li>{t('results.delete.indicators', { count: counts.indicators })}</li>}
              {counts.values > 0 && <li>{t('results.delete.values', { count: counts.values })}</li>}
            </ul>
            <Paragraph>{t('results.delete.logged')}</Paragraph>
          </>
        ) : (
          <Paragraph>{t('results.delete.noData', { name })}</Paragraph>
        )}
        {remove.isError && <ErrorAlert error={remove.error} />}
        <div className="button-row">
          <Button data-color="danger" onClick={run} loading={remove.isPending}>
            {hasData || refusedForData ? t('results.delete.confirmAll') : t('results.delete.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
