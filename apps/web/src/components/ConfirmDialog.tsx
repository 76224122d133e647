import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The id of the heading that names the dialog. */
  headingId: string;
  heading: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending: boolean;
  /** The failed attempt's error, shown in the dialog; null when there is none. */
  error: unknown;
}

/** "Are you sure?" before something that cannot be undone, such as a deletion; the danger button confirms. */
export function ConfirmDialog({ open, onClose, headingId, heading, text, confirmLabel, onConfirm, pending, error }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {heading}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {!!error && <ErrorAlert error={error} />}
      <div className="button-row">
        <Button data-color="danger" onClick={onConfirm} loading={pending}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
