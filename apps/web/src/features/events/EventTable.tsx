import { Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventSummaryDto } from '@mic/domain';
import { useEventText } from './event-labels';

/** One row an event: when, what kind, its title (a link), where, and who has registered. */
export function EventTable({ items }: { items: EventSummaryDto[] }) {
  const { t } = useTranslation();
  const text = useEventText();
  return (
    <div className="table-scroll">
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('events.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('events.when')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.type')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.where')}</Table.HeaderCell>
            <Table.HeaderCell>{t('events.registrations')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell>{text.when(e)}</Table.Cell>
              <Table.Cell>{text.type(e)}</Table.Cell>
              <Table.Cell>
                <RouterLink to={`/events/${e.id}`} className="table-link" lang={text.titleLang(e)}>
                  {text.title(e)}
                </RouterLink>
                {e.status === 'cancelled' && (
                  <>
                    {' '}
                    <Tag data-color="danger" data-size="sm">
                      {t('events.statuses.cancelled')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>{text.where(e)}</Table.Cell>
              <Table.Cell>
                {t('events.registrationCount', { count: e.registrationCount })}
                {e.myRegistration && (
                  <>
                    {' '}
                    <Tag data-color="success" data-size="sm">
                      {t('events.youAreRegistered')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
