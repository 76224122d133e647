import { useState } from 'react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useTranslation } from 'react-i18next';
import type { PartnershipDetailDto, PartnershipStatus } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useChangeStatus } from '../api';

/** The label of a status change says what the user does, not where it lands. */
export function actionKey(from: PartnershipStatus, to: PartnershipStatus) {
  if (to === 'draft') return from === 'applied' ? 'withdraw' : 'reopen';
  return to;
}

/** One button per status change the server says the user may make; closing asks first. */
export function StatusActions({ p, onChanged }: { p: PartnershipDetailDto; onChanged?: () => void }) {
  const { t } = useTranslation();
  const change = useChangeStatus(p.id);
  const [confirming, setConfirming] = useState<PartnershipStatus | null>(null);
  const [changedTo, setChangedTo] = useState<PartnershipStatus | null>(null);

  if (p.can.changeStatusTo.length === 0 && !changedTo && !change.isError) return null;

  const run = (to: PartnershipStatus) => {
    setConfirming(null);
    setChangedTo(null);
    change.mutate(
      { status: to, version: p.version },
      {
        onSuccess: () => {
          setChangedTo(to);
          onChanged?.();
        },
      },
    );
  };

  return (
    <section aria-labelledby="status-actions-heading" className="section">
      <Heading level={2} data-size="sm" id="status-actions-heading">
        {t('statusAction.heading')}
      </Heading>
      <div className="button-row">
        {p.can.changeStatusTo.map((to) => (
          <Button
            key={to}
            variant={to === 'rejected' || to === 'draft' ? 'secondary' : 'primary'}
            data-color={to === 'rejected' ? 'danger' : undefined}
            loading={change.isPending && change.variables?.status === to}
            disabled={change.isPending}
            onClick={() => (to === 'closed' ? setConfirming(to) : run(to))}
          >
            {t(`statusAction.${actionKey(p.status, to)}`)}
          </Button>
        ))}
      </div>
      {changedTo && !change.isPending && <SuccessAlert>{t('statusAction.done', { status: t(`status.${changedTo}`) })}</SuccessAlert>}
      {change.isError && <ErrorAlert error={change.error} />}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        closeButton={t('common.closeDialog')}
        aria-labelledby="confirm-close-heading"
      >
        <Heading level={2} data-size="xs" id="confirm-close-heading">
          {t('statusAction.confirmCloseHeading')}
        </Heading>
        <Paragraph>{t('statusAction.confirmCloseText')}</Paragraph>
        <div className="button-row">
          <Button onClick={() => confirming && run(confirming)}>{t('statusAction.confirmClose')}</Button>
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
