import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '@mic/domain';

/** The created invitation: whether it was e-mailed, and its link to copy (shown only this once). */
export function InviteResult({ invitation, onAnother }: { invitation: InvitationDto; onAnother: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | ''>('');
  const link = invitation.link ?? '';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <Alert data-color="success" className="page-alert invite-result">
      <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1}>
        {t('invite.created', { email: invitation.email })}
      </Heading>
      <Paragraph>{invitation.emailed ? t('invite.emailed') : t('invite.notEmailed')}</Paragraph>
      {link && (
        <div className="copy-row">
          <Textfield id="invitation-link" label={t('invite.link')} value={link} readOnly onFocus={(e) => e.currentTarget.select()} />
          <Button variant="secondary" onClick={() => void copy()}>
            {t('invite.copy')}
          </Button>
        </div>
      )}
      <p role="status" className="copy-status">
        {copied === 'yes' ? t('invite.copied') : copied === 'no' ? t('invite.copyFailed') : ''}
      </p>
      <Button variant="secondary" onClick={onAnother}>
        {t('invite.another')}
      </Button>
    </Alert>
  );
}
