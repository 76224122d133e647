import { useRef, useState } from 'react';
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FundsPartnershipRow, FundsSourceDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useProgramme } from '../programme/programme-api';
import { useProgrammeLabels } from '../programme/useLabels';
import { AuditFlagLink } from '../audits/AuditFlagsAlert';
import { AllocationDialog } from './AllocationDialog';
import { FundsSources } from './FundsSources';
import { fundsXlsxUrl, useFundsPartnerships, useProgrammeFunds } from './payments-api';
import { fundsYears, useFundsUrlFilters } from './payments-filters';
import { ScrollBox, usePaymentsText } from './payments-labels';
import './payments.css';

/** /programme/funds: per funding source what the donors allocated, granted, paid and remaining; and the partnerships. */
export function ProgrammeFundsPage() {
  const { t } = useTranslation();
  const programme = useProgramme().data;
  const labels = useProgrammeLabels(programme);
  const { filters, page, update, setPage, active } = useFundsUrlFilters();
  const funds = useProgrammeFunds(filters, page);
  const partnerships = useFundsPartnerships(filters, page);
  const [editing, setEditing] = useState<FundsSourceDto | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const data = funds.data;
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('payments.funds.heading')}</PageHeading>
      <Paragraph className="lead">{t('payments.funds.intro')}</Paragraph>
      <p className="link-row">
        <RouterLink to={filters.funding ? `/programme/payments?funding=${encodeURIComponent(filters.funding)}` : '/programme/payments'}>{t('payments.plan.link')}</RouterLink>
        <RouterLink to="/programme/budget-rules">{t('payments.funds.rulesLink')}</RouterLink>
        <Link href={fundsXlsxUrl(filters.year)} download>
          {t('payments.funds.xlsx', { year: filters.year })}
        </Link>
      </p>
      <form role="search" aria-label={t('payments.funds.filtersLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="filters__grid">
          <SelectField id="funds-year" label={t('payments.fields.year')} value={filters.year} onChange={(v) => update({ year: v })} options={fundsYears().map((y) => ({ value: y, label: y }))} />
          <SelectField
            id="funds-funding"
            label={t('payments.fields.fundingSource')}
            placeholder={t('payments.all')}
            value={filters.funding ?? ''}
            onChange={(v) => update({ funding: v })}
            options={(programme?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
          />
        </div>
      </form>
      {saved && <SuccessAlert>{saved}</SuccessAlert>}
      {funds.isPending && <Loading />}
      {funds.isError && <ErrorAlert error={funds.error} onRetry={() => void funds.refetch()} />}
      {data && (
        <FundsSources
          data={data}
          onEdit={(s) => {
            setSaved(null);
            setEditing(s);
          }}
        />
      )}
      <section aria-labelledby="funds-partnerships-heading" className="section">
        <Heading level={2} data-size="sm" id="funds-partnerships-heading">
          {t('payments.funds.partnershipsHeading')}
        </Heading>
        <PagedResults
          query={partnerships}
          resultsRef={resultsRef}
          showing={(range) => t('payments.funds.showing', range)}
          empty={t('payments.funds.empty', { year: filters.year })}
          emptyFiltered={t('payments.funds.emptyFiltered')}
          active={active}
          clearLabel={t('payments.clearFilters')}
          onClear={() => update({ funding: '' })}
          paginationLabel={t('payments.funds.pagination')}
          onPage={goToPage}
        >
          {(items) => <PartnershipsTable items={items} labels={labels} />}
        </PagedResults>
      </section>
      {editing && data && (
        <AllocationDialog
          year={data.year}
          source={editing}
          onClose={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            void funds.refetch();
          }}
          onDone={() => {
            setEditing(null);
            setSaved(t('payments.funds.saved'));
          }}
        />
      )}
    </>
  );
}

function PartnershipsTable({ items, labels }: { items: FundsPartnershipRow[]; labels: ReturnType<typeof useProgrammeLabels> }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  return (
    <ScrollBox label={t('payments.funds.partnershipsCaption')}>
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('payments.funds.partnershipsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('payments.fields.partnership')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('payments.fields.fundingSource')}</Table.HeaderCell>
            {(['granted', 'paid', 'remaining', 'withheld'] as const).map((c) => (
              <Table.HeaderCell key={c} scope="col" className="numeric">
                {t(`payments.funds.${c}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((p) => (
            <Table.Row key={p.partnershipId}>
              <Table.Cell className="payments-title">
                <RouterLink to={`/partnerships/${p.partnershipId}/payments`} className="table-link">
                  {p.title}
                </RouterLink>
                <AuditFlagLink partnershipId={p.partnershipId} flag={p.auditFlag} />
              </Table.Cell>
              <Table.Cell>{labels.fundingSource(p.fundingSource)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(p.granted)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(p.paid)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(p.remaining)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(p.withheld)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollBox>
  );
}
