import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { auditFlagOf, openFindings, type AuditDto, type AuditFlag } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../lib/format';
import { isProgrammeOfficeUser, useCurrentUser } from '../auth/session';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { AuditFlagsAlert } from './AuditFlagsAlert';
import { CompleteTag, OpinionTag } from './audit-labels';
import { useAudits } from './audits-api';
import './audits.css';

/** /partnerships/:id/audits: the audits of the partnership's accounts by year, and the way to record one. */
export function AuditsPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const partnership = usePartnership(id);
  const audits = useAudits(id);
  const p = partnership.data;
  const items = [...(audits.data?.items ?? [])].sort((a, b) => b.year - a.year);
  const canRecord = !!p && (isProgrammeOfficeUser(user) || p.myRole === 'auditor');
  const yearsLeft = p ? unauditedYears(p.startYear, p.endYear, items) : [];
  const flags = items.map(auditFlagOf).filter((f): f is AuditFlag => f !== null);

  if ((isApiError(partnership.error) && partnership.error.status === 404) || (isApiError(audits.error) && audits.error.status === 404)) return <NotFoundPage />;
  const heading = t('audits.list.heading');
  const failed = [partnership, audits].find((q) => q.isError);

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('audits.backToPartnership')}</RouterLink>
      </p>
      <PageHeading title={p ? `${heading} – ${p.title}` : heading}>{heading}</PageHeading>
      {p && <Paragraph className="lead">{p.title}</Paragraph>}
      <Paragraph>{t('audits.list.intro')}</Paragraph>
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!p || !audits.data) && <Loading />}
      {p && audits.data && (
        <>
          <AuditFlagsAlert partnershipId={id} flags={flags} />
          {canRecord && yearsLeft.length > 0 && (
            <p>
              <Button asChild variant="primary">
                <RouterLink to={`/partnerships/${id}/audits/new`}>{t('audits.list.record')}</RouterLink>
              </Button>
            </p>
          )}
          <section aria-labelledby="audits-list-heading" className="section">
            <Heading level={2} data-size="sm" id="audits-list-heading">
              {t('audits.list.byYear')}
            </Heading>
            {items.length === 0 ? (
              <Paragraph>{t('audits.list.empty')}</Paragraph>
            ) : (
              <div className="table-scroll">
                <Table zebra className="data-table">
                  <caption className="visually-hidden">{t('audits.list.caption')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('audits.fields.year')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('audits.fields.firm')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('audits.fields.opinion')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('audits.list.state')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t('audits.list.openFindings')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('audits.list.updated')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {items.map((a) => (
                      <Table.Row key={a.id}>
                        <Table.HeaderCell scope="row">
                          <RouterLink to={`/partnerships/${id}/audits/${a.id}`} className="table-link">
                            {t('audits.list.auditOf', { year: a.year })}
                          </RouterLink>
                        </Table.HeaderCell>
                        <Table.Cell>{a.firm || '–'}</Table.Cell>
                        <Table.Cell>
                          <OpinionTag opinion={a.opinion} />
                        </Table.Cell>
                        <Table.Cell>
                          <CompleteTag complete={a.complete} />
                        </Table.Cell>
                        <Table.Cell className="numeric">{openFindings(a.findings)}</Table.Cell>
                        <Table.Cell>{formatDate(a.updatedAt.slice(0, 10), i18n.resolvedLanguage ?? 'en')}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** The project's years that have no audit yet, latest first (the final year is the one usually audited). */
export function unauditedYears(startYear: number, endYear: number, audits: Pick<AuditDto, 'year'>[]): number[] {
  const done = new Set(audits.map((a) => a.year));
  const out: number[] = [];
  for (let y = endYear; y >= startYear; y--) if (!done.has(y)) out.push(y);
  return out;
}
