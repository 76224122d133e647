import { useEffect, useRef } from 'react';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Someone else saved first (409 on the version the form was loaded at): says so, keeps the form as the
 * user left it, and offers the current version. Takes focus when it appears, so it is read out and the
 * button is one Tab away.
 */
export function ConflictAlert({ onReload, reloadLabel }: { onReload: () => void; reloadLabel?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} data-color="warning" className="page-alert" role="alert" data-testid="version-conflict">
      <Paragraph>{t('errors.CONFLICT')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onReload} className="alert-action">
        {reloadLabel ?? t('common.loadCurrentVersion')}
      </Button>
    </Alert>
  );
}
