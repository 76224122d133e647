import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DueItemDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useDuePanel } from './cycle-api';
import { useCycleLabels } from './cycle-labels';
import { CycleDate } from './CycleTable';
import './cycle.css';

/**
 * On the start page: the deadlines and events that concern the user in the next 90 days and any
 * overdue, oldest overdue first, each linking to where it is done. Overdue is said in words, not
 * only in colour.
 */
export function DuePanel() {
  const { t } = useTranslation();
  const due = useDuePanel();
  const data = due.data;
  const shownOverdue = data?.items.filter((i) => i.overdue && i.partnership).length ?? 0;

  return (
    <section aria-labelledby="due-heading" className="section due-panel">
      <Heading level={2} data-size="md" id="due-heading">
        {t('cycle.due.heading')}
      </Heading>
      {due.isPending && <Loading />}
      {due.isError && <ErrorAlert error={due.error} onRetry={() => void due.refetch()} />}
      {data && (
        <>
          <Paragraph>{t('cycle.due.intro', { days: data.horizonDays })}</Paragraph>
          {data.overdueCount > shownOverdue && (
            <Alert data-color="warning" className="page-alert">
              <Paragraph>
                {t('cycle.due.overdueCount', { count: data.overdueCount })} {t('cycle.due.overdueShown')}
              </Paragraph>
            </Alert>
          )}
          {data.items.length === 0 ? (
            <div className="empty-state">
              <Paragraph>{t('cycle.due.empty', { days: data.horizonDays })}</Paragraph>
            </div>
          ) : (
            <ul className="due-list" aria-label={t('cycle.due.listLabel')}>
              {data.items.map((item) => (
                <DueItem key={item.key} item={item} />
              ))}
            </ul>
          )}
          {data.truncated && <Paragraph className="subtle">{t('cycle.due.truncated', { count: data.items.length })}</Paragraph>}
        </>
      )}
    </section>
  );
}

function DueItem({ item }: { item: DueItemDto }) {
  const { t } = useTranslation();
  const labels = useCycleLabels();
  const context = [
    item.partnership?.title,
    item.fundingSource && item.fundingYear ? t('cycle.due.fundingYear', { source: labels.source(item.fundingSource), year: item.fundingYear }) : null,
  ].filter(Boolean);
  return (
    <li className={item.overdue ? 'due-item due-item--overdue' : 'due-item'}>
      <p className="due-item__when">
        <CycleDate date={item.date} />
        {item.overdue && (
          <Tag data-color="danger" data-size="sm">
            {t('cycle.due.overdue')}
          </Tag>
        )}
        {item.type === 'event' && (
          <Tag data-color="info" data-size="sm">
            {t('cycle.due.event')}
          </Tag>
        )}
      </p>
      <p className="due-item__what">
        <RouterLink to={item.link} className="table-link">
          {labels.text(item.title)}
        </RouterLink>
      </p>
      {context.length > 0 && <p className="due-item__context subtle">{context.join(' · ')}</p>}
    </li>
  );
}
