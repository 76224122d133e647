import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A dialog form's submit button (busy while saving) and "cancel", which closes the dialog. */
export function DialogActions({ submitLabel, pending, onClose, danger }: { submitLabel: string; pending: boolean; onClose: () => void; danger?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" loading={pending} data-color={danger ? 'danger' : undefined}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onClose}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
