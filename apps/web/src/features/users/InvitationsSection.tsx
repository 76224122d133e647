import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '@mic/domain';
import { PaginationNav } from '../../components/PaginationNav';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../lib/format';
import { useInvitations, useRevokeInvitation } from './users-api';

/** Invitations not yet accepted, each with a revoke button. */
export function InvitationsSection() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const invitations = useInvitations(page);
  const revoke = useRevokeInvitation();
  const [revoked, setRevoked] = useState('');
  const data = invitations.data;

  const roleOf = (inv: InvitationDto) =>
    [inv.globalRole ? t(`roles.${inv.globalRole}`) : '', inv.partnershipRole ? t(`roles.${inv.partnershipRole}`) : '']
      .filter(Boolean)
      .join(', ') || t('common.none');

  return (
    <section aria-labelledby="invitations-heading" className="section">
      <Heading level={2} data-size="sm" id="invitations-heading">
        {t('invitations.heading')}
      </Heading>
      {revoked && <SuccessAlert data-size="sm">{t('invitations.revoked', { email: revoked })}</SuccessAlert>}
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {invitations.isPending && <Loading />}
      {invitations.isError && <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('invitations.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-scroll">
            <Table zebra className="data-table">
              <caption className="visually-hidden">{t('invitations.heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('invitations.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('invitations.expires')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="visually-hidden">{t('users.actions')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.items.map((inv) => (
                  <Table.Row key={inv.id}>
                    <Table.Cell>{inv.name}</Table.Cell>
                    <Table.Cell>{inv.email}</Table.Cell>
                    <Table.Cell>{roleOf(inv)}</Table.Cell>
                    <Table.Cell>{formatDate(inv.expiresAt, i18n.resolvedLanguage ?? 'en')}</Table.Cell>
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        disabled={revoke.isPending}
                        aria-label={t('invitations.revokeFor', { email: inv.email })}
                        onClick={() => revoke.mutate(inv.id, { onSuccess: () => setRevoked(inv.email) })}
                      >
                        {t('invitations.revoke')}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <PaginationNav page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} label={t('invitations.pagination')} />
        </>
      )}
    </section>
  );
}
