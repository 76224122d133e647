import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OutboxMessageDto, OutboxStatus } from '@mic/domain';
import { formatDateTime } from '../../lib/format';

const COLOR: Record<OutboxStatus, string> = {
  pending: 'info',
  sending: 'info',
  sent: 'success',
  failed: 'danger',
  held: 'warning',
};

/** One row a message: to whom, its subject with the whole text to open, its status and times. */
export function OutboxTable({ items }: { items: OutboxMessageDto[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="table-scroll">
      <Table zebra className="data-table outbox-table">
        <caption className="visually-hidden">{t('outbox.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('outbox.recipient')}</Table.HeaderCell>
            <Table.HeaderCell>{t('outbox.subject')}</Table.HeaderCell>
            <Table.HeaderCell>{t('outbox.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('outbox.createdAt')}</Table.HeaderCell>
            <Table.HeaderCell>{t('outbox.sentAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>
                {m.recipientName && <div>{m.recipientName}</div>}
                <div className="subtle">{m.to}</div>
              </Table.Cell>
              <Table.Cell>
                <div lang={m.language}>{m.subject}</div>
                <details className="outbox-message">
                  <summary>{t('outbox.showText')}</summary>
                  <pre lang={m.language} className="outbox-message__body">
                    {m.body}
                  </pre>
                  {m.partnershipId && (
                    <p>
                      <Link asChild>
                        <RouterLink to={`/partnerships/${m.partnershipId}`}>{t('outbox.partnership')}</RouterLink>
                      </Link>
                    </p>
                  )}
                </details>
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={COLOR[m.status]} data-size="sm">
                  {t(`outbox.statuses.${m.status}`)}
                </Tag>
                {m.attempts > 0 && m.status !== 'sent' && <div className="subtle">{t('outbox.attempts', { count: m.attempts })}</div>}
                {m.lastError && m.status !== 'sent' && <div className="subtle">{t('outbox.lastError', { error: m.lastError })}</div>}
              </Table.Cell>
              <Table.Cell className="nowrap">{formatDateTime(m.createdAt, lang)}</Table.Cell>
              <Table.Cell className="nowrap">{m.sentAt ? formatDateTime(m.sentAt, lang) : '—'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
