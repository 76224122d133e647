import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';

/** A stale version, or a status someone else changed first: nothing was saved, the page needs the latest. */
export function isChangedMeanwhile(error: unknown): boolean {
  return isApiError(error) && (error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION');
}

/** Says that someone else changed it meanwhile and offers to reload. */
export function ChangedMeanwhile({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" role="alert">
      <Paragraph>{t('payments.changedMeanwhile')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onReload} className="alert-action">
        {t('payments.reload')}
      </Button>
    </Alert>
  );
}
