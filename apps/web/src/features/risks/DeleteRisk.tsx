import { useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDeleteRisk } from './risks-api';

/** "Delete risk", asked once more in a dialog; afterwards the register says it is gone. */
export function DeleteRisk({ partnershipId, riskId }: { partnershipId: string; riskId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteRisk(partnershipId, riskId);
  const [open, setOpen] = useState(false);
  const run = () =>
    remove.mutate(undefined, {
      onSuccess: () => navigate(`/partnerships/${partnershipId}/risks`, { state: { deleted: true } }),
    });
  return (
    <>
      <Button variant="tertiary" data-color="danger" onClick={() => setOpen(true)}>
        {t('risks.detail.delete')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={t('common.closeDialog')} aria-labelledby="delete-risk-heading">
        <Heading level={2} data-size="xs" id="delete-risk-heading">
          {t('risks.detail.confirmDeleteHeading')}
        </Heading>
        <Paragraph>{t('risks.detail.confirmDeleteText')}</Paragraph>
        {remove.isError && <ErrorAlert error={remove.error} />}
        <div className="button-row">
          <Button data-color="danger" onClick={run} loading={remove.isPending}>
            {t('risks.detail.confirmDelete')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
