import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Someone else saved first: says so, and offers the latest version. */
export function ConflictAlert({ onReload, reloadLabel }: { onReload: () => void; reloadLabel: string }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" className="page-alert" role="alert">
      <Paragraph>{t('errors.CONFLICT')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onReload} className="alert-action">
        {reloadLabel}
      </Button>
    </Alert>
  );
}
