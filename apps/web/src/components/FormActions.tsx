import { Button } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** A form's submit button (busy while saving) and the way back without saving. */
export function FormActions({ submitLabel, pending, cancelTo }: { submitLabel: string; pending: boolean; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
      <Button asChild variant="tertiary">
        <RouterLink to={cancelTo}>{t('common.cancel')}</RouterLink>
      </Button>
    </div>
  );
}
