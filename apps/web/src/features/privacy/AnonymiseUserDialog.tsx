import { useState } from 'react';
import { Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@mic/domain';
import { DialogActions } from '../../components/DialogActions';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useFormErrors, type FieldErrors } from '../../lib/useFormErrors';
import { useAnonymiseUser, type AnonymiseResult } from './privacy-api';

type Field = 'reason';
const ORDER: readonly Field[] = ['reason'];
const fieldId = () => 'anonymise-reason';

interface Props {
  user: UserDto;
  onClose: () => void;
  onDone: (result: AnonymiseResult) => void;
}

/**
 * Confirms anonymising a person, with the reason (kept in the audit log). Says what goes and what
 * stays; the focus starts in the reason field, Escape and "Cancel" close without doing anything.
 */
export function AnonymiseUserDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const anonymise = useAnonymiseUser();
  const [reason, setReason] = useState('');
  const form = useFormErrors<Field>({ order: ORDER, targetOf: fieldId, fieldOf: (path) => (path === 'reason' ? 'reason' : '') });
  const live: FieldErrors<Field> = {};
  if (!reason.trim()) live.reason = t('privacy.anonymise.reasonRequired');
  const headingId = 'anonymise-user-heading';

  const save = async () => onDone(await anonymise.mutateAsync({ id: user.id, reason: reason.trim() }));

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('privacy.anonymise.heading', { name: user.name })}
      </Heading>
      <Paragraph>{t('privacy.anonymise.removed')}</Paragraph>
      <Paragraph>{t('privacy.anonymise.kept')}</Paragraph>
      <Paragraph>
        <strong>{t('privacy.anonymise.irreversible')}</strong>
      </Paragraph>
      <form onSubmit={(e) => void form.submit(e, live, save)} noValidate className="form-stack">
        <FormErrorSummary key={form.attempt} items={form.summary} />
        <Textfield
          id={fieldId()}
          label={t('privacy.anonymise.reason')}
          description={t('privacy.anonymise.reasonHint')}
          multiline
          rows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            form.touch('reason');
          }}
          error={form.shown(live, 'reason')}
        />
        <DialogActions submitLabel={t('privacy.anonymise.confirm')} pending={form.pending} onClose={onClose} danger />
      </form>
    </Dialog>
  );
}
