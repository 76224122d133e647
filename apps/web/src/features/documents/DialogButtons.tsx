import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A dialog form's submit and cancel buttons. */
export function DialogButtons({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
