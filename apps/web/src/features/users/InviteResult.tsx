import { useEffect, useRef } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '@mic/domain';
import { CopyField } from '../../components/CopyField';

/** The created invitation: whether it was e-mailed, and its link to copy (shown only this once). */
export function InviteResult({ invitation, onAnother }: { invitation: InvitationDto; onAnother: () => void }) {
  const { t } = useTranslation();
  const link = invitation.link ?? '';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <Alert data-color="success" className="page-alert invite-result">
      <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1}>
        {t('invite.created', { email: invitation.email })}
      </Heading>
      <Paragraph>{invitation.emailed ? t('invite.emailed') : t('invite.notEmailed')}</Paragraph>
      {link && (
        <CopyField
          id="invitation-link"
          label={t('invite.link')}
          value={link}
          copyLabel={t('invite.copy')}
          copiedText={t('invite.copied')}
          failedText={t('invite.copyFailed')}
        />
      )}
      <Button variant="secondary" onClick={onAnother}>
        {t('invite.another')}
      </Button>
    </Alert>
  );
}
