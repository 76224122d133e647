import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A spinner with a spoken label; polite so it does not interrupt. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <span>{text}</span>
    </div>
  );
}
