import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
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
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        headingId="delete-risk-heading"
        heading={t('risks.detail.confirmDeleteHeading')}
        text={t('risks.detail.confirmDeleteText')}
        confirmLabel={t('risks.detail.confirmDelete')}
        onConfirm={run}
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}
