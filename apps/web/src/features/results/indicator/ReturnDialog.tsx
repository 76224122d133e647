import { useState, type FormEvent } from 'react';
import { Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActualValueDto } from '@mic/domain';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useValueAction } from '../results-api';

interface Props {
  partnershipId: string;
  value: ActualValueDto;
  onClose: () => void;
  onReturned: (value: ActualValueDto) => void;
}

/** Send a submitted value back, saying what to fix. */
export function ReturnDialog({ partnershipId, value, onClose, onReturned }: Props) {
  const { t } = useTranslation();
  const action = useValueAction(partnershipId);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) return setError(t('results.values.returnCommentRequired'));
    setError('');
    action.mutate(
      { indicatorId: value.indicatorId, year: value.year, action: 'return', version: value.version, comment: comment.trim() },
      { onSuccess: onReturned },
    );
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="return-heading" className="manage-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="return-heading">
          {t('results.values.returnHeading', { year: value.year })}
        </Heading>
        <Paragraph data-size="sm">{t('results.values.returnIntro')}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <Textfield
            id="return-comment"
            label={t('results.values.returnComment')}
            multiline
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={error || undefined}
          />
          {action.isError && <ErrorAlert error={action.error} />}
          <DialogActions submitLabel={t('results.values.return')} pending={action.isPending} onClose={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
