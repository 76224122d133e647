import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../api/client';
import { CycleDate, CycleTable } from '../CycleTable';
import { useYearEvents } from '../cycle-api';
import { useCycleLabels } from '../cycle-labels';

/** On the programme calendar: the network meetings and other events of the year that the user can see. */
export function YearEvents({ year }: { year: number }) {
  const { t } = useTranslation();
  const labels = useCycleLabels();
  const events = useYearEvents(year);
  // Before the events module answers, the calendar simply has no events section.
  if (events.isError && isApiError(events.error) && events.error.status === 404) return null;
  const data = events.data;
  const caption = t('cycle.calendar.eventsCaption', { year });

  return (
    <section aria-labelledby="year-events-heading" className="section">
      <Heading level={2} data-size="sm" id="year-events-heading">
        {t('cycle.calendar.eventsHeading', { year })}
      </Heading>
      {events.isPending && <Loading />}
      {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {data && data.items.length === 0 && <Paragraph>{t('cycle.calendar.eventsEmpty', { year })}</Paragraph>}
      {data && data.items.length > 0 && (
        <CycleTable caption={caption} headers={[t('cycle.calendar.date'), t('cycle.calendar.eventTitle'), t('cycle.calendar.eventPlace')]}>
          {data.items.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell className="nowrap">
                <CycleDate date={e.date} />
                {e.startTime && ` ${e.startTime}`}
              </Table.Cell>
              <Table.Cell>
                <RouterLink to={`/events/${e.id}`} className="table-link">
                  {labels.text(e.title)}
                </RouterLink>{' '}
                {e.status === 'cancelled' && (
                  <Tag data-color="neutral" data-size="sm">
                    {t('cycle.calendar.cancelled')}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>{[e.place, e.onlineUrl ? t('cycle.calendar.online') : null].filter(Boolean).join(' · ')}</Table.Cell>
            </Table.Row>
          ))}
        </CycleTable>
      )}
      {data && data.total > data.items.length && <Paragraph className="after-table">{t('cycle.calendar.eventsMore', { shown: data.items.length, total: data.total })}</Paragraph>}
      {data && (
        <Paragraph className="after-table">
          <RouterLink to={`/events?year=${year}`}>{t('cycle.calendar.allEvents')}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
