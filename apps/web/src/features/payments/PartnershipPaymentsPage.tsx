import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InstalmentAction, InstalmentDto } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { AuditFlagsAlert } from '../audits/AuditFlagsAlert';
import { BlockersAlert } from './BlockersAlert';
import { GrantsSection } from './GrantsSection';
import { InstalmentActionDialog } from './InstalmentActionDialog';
import { InstalmentsTable } from './InstalmentsTable';
import { SplitDialog } from './SplitDialog';
import { usePartnershipPayments } from './payments-api';
import './payments.css';

type Open = { kind: 'action'; instalment: InstalmentDto; action: InstalmentAction } | { kind: 'split'; year: number } | null;

/**
 * /partnerships/:id/payments: the partnership's grants, totals and instalments; the programme office
 * approves, pays, withholds and releases instalments and splits a year's grant.
 */
export function PartnershipPaymentsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const payments = usePartnershipPayments(id);
  const partnership = usePartnership(id);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = payments.data;
  const title = partnership.data?.title;

  if (isApiError(payments.error) && payments.error.status === 404) return <NotFoundPage />;
  const heading = t('payments.partnership.heading');
  const close = () => setOpen(null);
  const reload = () => {
    setOpen(null);
    setDone(null);
    void payments.refetch();
  };

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('payments.partnership.back')}</RouterLink>
      </p>
      <PageHeading title={title ? `${heading} – ${title}` : heading}>{heading}</PageHeading>
      {title && (
        <Paragraph className="lead">
          <RouterLink to={`/partnerships/${id}`}>{title}</RouterLink>
        </Paragraph>
      )}
      {payments.isPending && <Loading />}
      {payments.isError && <ErrorAlert error={payments.error} onRetry={() => void payments.refetch()} />}
      {data && (
        <>
          {done && <SuccessAlert>{done}</SuccessAlert>}
          <AuditFlagsAlert partnershipId={id} flags={data.auditFlags} />
          <BlockersAlert partnershipId={id} blockers={data.blockers} />
          <GrantsSection
            data={data}
            onEditSplit={(year) => {
              setDone(null);
              setOpen({ kind: 'split', year });
            }}
            onGenerated={(year) => setDone(t('payments.generate.done', { year }))}
            onReload={reload}
          />
          <InstalmentsTable
            instalments={data.instalments}
            manage={data.can.manage}
            onAction={(instalment, action) => {
              setDone(null);
              setOpen({ kind: 'action', instalment, action });
            }}
          />
          {open?.kind === 'action' && (
            <InstalmentActionDialog
              partnershipId={id}
              instalment={open.instalment}
              action={open.action}
              blockers={data.blockers}
              onClose={close}
              onReload={reload}
              onDone={(saved) => {
                close();
                const after = saved.instalments.find((i) => i.id === open.instalment.id);
                setDone(t('payments.action.done', { year: open.instalment.year, seq: open.instalment.seq, status: t(`payments.statuses.${after?.status ?? open.instalment.status}`) }));
              }}
            />
          )}
          {open?.kind === 'split' && (
            <SplitDialog
              partnershipId={id}
              year={open.year}
              grant={data.grants.find((g) => g.year === open.year && g.firm)?.amount ?? 0}
              instalments={data.instalments.filter((i) => i.year === open.year).sort((a, b) => a.seq - b.seq)}
              onClose={close}
              onReload={reload}
              onDone={() => {
                close();
                setDone(t('payments.split.done', { year: open.year }));
              }}
            />
          )}
        </>
      )}
    </>
  );
}
