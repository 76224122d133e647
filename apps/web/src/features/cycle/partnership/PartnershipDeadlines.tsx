import { useEffect, useRef, useState } from 'react';
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SelectField } from '../../../components/SelectField';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { CycleDate, CycleTable } from '../CycleTable';
import { partnershipIcsUrl, usePartnershipDeadlines } from '../cycle-api';
import { useCycleLabels } from '../cycle-labels';
import { DeadlineStatus } from './DeadlineStatus';
import { MetAction } from './MetAction';
import '../cycle.css';

/**
 * On the partnership page (`#deadlines`, where the due panel links): the partnership's deadlines of
 * a funding year with whether each was met, the programme office's "mark as met", and the .ics file.
 */
export function PartnershipDeadlines({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const labels = useCycleLabels();
  const location = useLocation();
  // A link from the due panel or a reminder names the funding year to open on.
  const [year, setYear] = useState<number | undefined>(() => Number(new URLSearchParams(location.search).get('deadlinesYear')) || undefined);
  const [message, setMessage] = useState<string | null>(null);
  const deadlines = usePartnershipDeadlines(partnershipId, year);
  const data = deadlines.data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const arrived = useRef(false);

  // Coming from a link to #deadlines, the section is where the reader starts once it has loaded.
  useEffect(() => {
    if (!data || arrived.current || location.hash !== '#deadlines') return;
    arrived.current = true;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, [data, location.hash]);

  const caption = data ? t('cycle.deadlines.caption', { year: data.year }) : '';

  return (
    <section id="deadlines" aria-labelledby="deadlines-heading" className="section">
      <Heading level={2} data-size="sm" id="deadlines-heading" ref={headingRef} tabIndex={-1}>
        {t('cycle.deadlines.heading')}
      </Heading>
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ErrorAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {data && (
        <div aria-busy={deadlines.isFetching}>
          {data.years.length > 1 && (
            <div className="year-nav">
              <SelectField
                id="deadlines-year"
                label={t('cycle.deadlines.year')}
                value={String(data.year)}
                onChange={(y) => {
                  setMessage(null);
                  setYear(Number(y));
                }}
                options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
              />
            </div>
          )}
          {message && (
            <SuccessAlert focus={false} data-size="sm">
              {message}
            </SuccessAlert>
          )}
          {data.deadlines.length === 0 ? (
            <Paragraph>{t('cycle.deadlines.none', { year: data.year })}</Paragraph>
          ) : (
            <CycleTable
              caption={caption}
              headers={[t('cycle.calendar.date'), t('cycle.calendar.step'), t('cycle.deadlines.status'), data.can.markMet && t('cycle.calendar.actions')]}
            >
              {data.deadlines.map((d) => (
                <Table.Row key={d.stepCode}>
                  <Table.Cell className="nowrap">
                    <CycleDate date={d.date} />
                  </Table.Cell>
                  <Table.HeaderCell scope="row">{labels.text(d.name)}</Table.HeaderCell>
                  <Table.Cell>
                    <DeadlineStatus deadline={d} />
                  </Table.Cell>
                  {data.can.markMet && (
                    <Table.Cell>
                      {(d.date || d.met) && <MetAction partnershipId={partnershipId} deadline={d} stepName={labels.text(d.name)} onDone={setMessage} />}
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </CycleTable>
          )}
          <Paragraph className="after-table">
            <Link href={partnershipIcsUrl(partnershipId)} download>
              {t('cycle.deadlines.download')}
            </Link>
          </Paragraph>
        </div>
      )}
    </section>
  );
}
