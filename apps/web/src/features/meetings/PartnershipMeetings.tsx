import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PaginationNav } from '../../components/PaginationNav';
import { formatDate } from '../../lib/format';
import { useMeetings, type MeetingDto } from './meetings-api';

const PAGE_SIZE = 10;

/** "Work plan approved, budget approved": each kind of decision once, in the order taken. */
function decisionSummary(t: (key: string) => string, m: MeetingDto): string {
  const kinds = [...new Set(m.decisions.map((d) => d.kind))];
  return kinds.length ? kinds.map((k) => t(`meetings.kinds.${k}`)).join(', ') : t('meetings.noDecisions');
}

/** On the partnership page: its annual meetings, newest first, and for those who may the way to record one. */
export function PartnershipMeetings({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useMeetings(partnershipId, page, PAGE_SIZE);
  const items = list.data?.items ?? [];

  return (
    <section aria-labelledby="meetings-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="meetings-summary-heading">
        {t('meetings.heading')}
      </Heading>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && items.length === 0 && <Paragraph>{t('meetings.none')}</Paragraph>}
      {items.length > 0 && (
        <div className="table-scroll">
          <Table>
            <caption className="visually-hidden">{t('meetings.heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('meetings.fields.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meetings.fields.place')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meetings.fields.participants')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meetings.fields.decisions')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meetings.fields.minutes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    <RouterLink to={`/partnerships/${partnershipId}/meetings/${m.id}`}>{formatDate(m.meetingDate, i18n.language)}</RouterLink>
                  </Table.Cell>
                  <Table.Cell>{m.place}</Table.Cell>
                  <Table.Cell>{m.participants.length}</Table.Cell>
                  <Table.Cell>{decisionSummary(t, m)}</Table.Cell>
                  <Table.Cell>{m.minutes ? <a href={m.minutes.url}>{m.minutes.fileName}</a> : t('meetings.noMinutes')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {list.data && list.data.total > PAGE_SIZE && (
        <PaginationNav page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label={t('meetings.pagination')} />
      )}
      {list.data?.can.record && (
        <div className="button-row">
          <Button asChild variant="secondary">
            <RouterLink to={`/partnerships/${partnershipId}/meetings/new`}>{t('meetings.record')}</RouterLink>
          </Button>
        </div>
      )}
    </section>
  );
}
