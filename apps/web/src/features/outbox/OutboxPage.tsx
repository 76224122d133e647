import { useRef } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_STATUSES } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SelectField } from '../../components/SelectField';
import { OutboxTable } from './OutboxTable';
import { useOutbox, useOutboxUrlFilters } from './outbox-api';
import './outbox.css';

/** /admin/outbox: every reminder the platform wrote, newest first, sent or kept here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { status, page, update, setPage, clear } = useOutboxUrlFilters();
  const list = useOutbox(status, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('outbox.heading')}</PageHeading>
      <Paragraph className="lead">{t('outbox.intro')}</Paragraph>
      <Alert data-color="info" className="page-alert">
        <Paragraph>{t('outbox.heldExplained')}</Paragraph>
      </Alert>
      <form role="search" aria-label={t('outbox.filterLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="filters__grid">
          <SelectField
            id="outbox-status"
            label={t('outbox.status')}
            placeholder={t('outbox.allStatuses')}
            value={status ?? ''}
            onChange={(v) => update({ status: v })}
            options={OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`outbox.statuses.${s}`) }))}
          />
        </div>
      </form>
      <PagedResults
        query={list}
        resultsRef={resultsRef}
        showing={(range) => t('outbox.showing', range)}
        empty={t('outbox.empty')}
        emptyFiltered={t('outbox.emptyFiltered')}
        active={!!status}
        clearLabel={t('outbox.clear')}
        onClear={clear}
        paginationLabel={t('outbox.pagination')}
        onPage={goToPage}
      >
        {(items) => <OutboxTable items={items} />}
      </PagedResults>
    </>
  );
}
