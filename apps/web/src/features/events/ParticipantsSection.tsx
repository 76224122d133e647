import { useRef, useState } from 'react';
import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../components/PagedResults';
import { formatDateTime } from '../../lib/format';
import { participantsXlsxUrl, useParticipants } from './events-api';

/** For the programme office: who has registered, page by page, and the whole list as a spreadsheet. */
export function ParticipantsSection({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [page, setPage] = useState(1);
  const list = useParticipants(eventId, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };
  return (
    <section aria-labelledby="event-participants-heading" className="section">
      <div className="page-head">
        <Heading level={2} data-size="sm" id="event-participants-heading">
          {t('events.participants.heading')}
        </Heading>
        {!!list.data?.total && (
          <Button asChild variant="secondary">
            <a href={participantsXlsxUrl(eventId)} download>
              {t('events.participants.export')}
            </a>
          </Button>
        )}
      </div>
      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('events.showing', range)}
        empty={t('events.participants.empty')}
        paginationLabel={t('events.participants.pagination')}
        onPage={goToPage}
      >
        {(items) => (
          <div className="table-scroll">
            <Table zebra className="data-table">
              <caption className="visually-hidden">{t('events.participants.heading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('events.participants.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.participants.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.participants.partnership')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.participants.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.participants.note')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('events.participants.registeredAt')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((p) => (
                  <Table.Row key={p.userId}>
                    <Table.Cell>{p.name}</Table.Cell>
                    <Table.Cell>{p.email}</Table.Cell>
                    <Table.Cell>{p.partnership?.title ?? t('events.participants.noPartnership')}</Table.Cell>
                    <Table.Cell>{p.role ? t(`roles.${p.role}`, { defaultValue: p.role }) : '—'}</Table.Cell>
                    <Table.Cell className="event-text">{p.note ?? '—'}</Table.Cell>
                    <Table.Cell className="nowrap">{formatDateTime(p.registeredAt, lang)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </PagedResults>
    </section>
  );
}
