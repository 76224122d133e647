import { useRef } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INSTALMENT_STATUSES, type PaymentsPlanDto, type PaymentsPlanRow } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SelectField } from '../../components/SelectField';
import { useProgramme } from '../programme/programme-api';
import { useProgrammeLabels } from '../programme/useLabels';
import { paymentsPlanXlsxUrl, usePaymentsPlan } from './payments-api';
import { PLAN_MONTH_CHOICES, planStartMonths, usePlanUrlFilters } from './payments-filters';
import { InstalmentStatusTag, ScrollBox, usePaymentsText } from './payments-labels';
import './payments.css';

type Labels = ReturnType<typeof useProgrammeLabels>;
const SUMS = ['planned', 'approved', 'paid', 'withheld'] as const;

/** /programme/payments: the instalments due in the coming months, summed by month and funding source, and listed. */
export function PaymentsPlanPage() {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const programme = useProgramme().data;
  const labels = useProgrammeLabels(programme);
  const { filters, page, update, setPage, active } = usePlanUrlFilters();
  const plan = usePaymentsPlan(filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const onClear = () => update({ funding: '', status: '' });
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };
  const months = PLAN_MONTH_CHOICES.includes(filters.months as (typeof PLAN_MONTH_CHOICES)[number]) ? [...PLAN_MONTH_CHOICES] : [...PLAN_MONTH_CHOICES, filters.months];
  const starts = planStartMonths();
  if (!starts.includes(filters.from)) starts.unshift(filters.from);

  return (
    <>
      <PageHeading>{t('payments.plan.heading')}</PageHeading>
      <Paragraph className="lead">{t('payments.plan.intro')}</Paragraph>
      <p className="link-row">
        <RouterLink to="/programme/funds">{t('payments.plan.fundsLink')}</RouterLink>
        <Link href={paymentsPlanXlsxUrl(filters)} download>
          {t('payments.plan.xlsx')}
        </Link>
      </p>
      <form role="search" aria-label={t('payments.plan.filtersLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="filters__grid">
          <SelectField id="plan-from" label={t('payments.plan.from')} value={filters.from} onChange={(v) => update({ from: v })} options={starts.map((m) => ({ value: m, label: text.month(m) }))} />
          <SelectField
            id="plan-months"
            label={t('payments.plan.months')}
            value={filters.months}
            onChange={(v) => update({ months: v })}
            options={months.map((m) => ({ value: m, label: t('payments.plan.monthsCount', { count: Number(m) }) }))}
          />
          <SelectField
            id="plan-funding"
            label={t('payments.fields.fundingSource')}
            placeholder={t('payments.all')}
            value={filters.funding ?? ''}
            onChange={(v) => update({ funding: v })}
            options={(programme?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
          />
          <SelectField
            id="plan-status"
            label={t('payments.fields.status')}
            placeholder={t('payments.all')}
            value={filters.status ?? ''}
            onChange={(v) => update({ status: v })}
            options={INSTALMENT_STATUSES.map((s) => ({ value: s, label: t(`payments.statuses.${s}`) }))}
          />
        </div>
        {active && (
          <Button type="button" variant="tertiary" onClick={onClear}>
            {t('payments.clearFilters')}
          </Button>
        )}
      </form>
      {plan.data && plan.data.earlier.count > 0 && <EarlierUnpaid data={plan.data} onShow={(month) => update({ from: month })} />}
      {plan.data && <MonthTable data={plan.data} labels={labels} />}
      <section aria-labelledby="plan-items-heading" className="section">
        <Heading level={2} data-size="sm" id="plan-items-heading">
          {t('payments.plan.itemsHeading')}
        </Heading>
        <PagedResults
          query={plan}
          resultsRef={resultsRef}
          showing={(range) => t('payments.plan.showing', range)}
          empty={t('payments.plan.empty')}
          emptyFiltered={t('payments.plan.emptyFiltered')}
          active={active}
          clearLabel={t('payments.clearFilters')}
          onClear={onClear}
          paginationLabel={t('payments.plan.pagination')}
          onPage={goToPage}
        >
          {(items) => <ItemsTable items={items} labels={labels} />}
        </PagedResults>
      </section>
    </>
  );
}

/** The sums by status for each month and funding source, with the totals over the whole plan. */
function MonthTable({ data, labels }: { data: PaymentsPlanDto; labels: Labels }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const caption = t('payments.plan.byMonthCaption', { from: text.month(data.from), count: data.months });
  return (
    <section aria-labelledby="plan-months-heading" className="section">
      <Heading level={2} data-size="sm" id="plan-months-heading">
        {t('payments.plan.byMonthHeading')}
      </Heading>
      {data.byMonth.length === 0 ? (
        <Paragraph>{t('payments.plan.noneDue')}</Paragraph>
      ) : (
        <ScrollBox label={caption}>
          <Table zebra className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('payments.plan.month')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.fields.fundingSource')}</Table.HeaderCell>
                {SUMS.map((s) => (
                  <Table.HeaderCell key={s} scope="col" className="numeric">
                    {t(`payments.statuses.${s}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.byMonth.map((r) => (
                <Table.Row key={`${r.month}-${r.fundingSource}`}>
                  <Table.HeaderCell scope="row">{text.month(r.month)}</Table.HeaderCell>
                  <Table.Cell>{labels.fundingSource(r.fundingSource)}</Table.Cell>
                  {SUMS.map((s) => (
                    <Table.Cell key={s} className="numeric nowrap">
                      {text.exact(r[s])}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
            <Table.Foot>
              <Table.Row>
                <Table.HeaderCell scope="row" colSpan={2}>
                  {t('payments.funds.total')}
                </Table.HeaderCell>
                {SUMS.map((s) => (
                  <Table.Cell key={s} className="numeric nowrap">
                    {text.exact(data.totals[s])}
                  </Table.Cell>
                ))}
              </Table.Row>
            </Table.Foot>
          </Table>
        </ScrollBox>
      )}
    </section>
  );
}

function ItemsTable({ items, labels }: { items: PaymentsPlanRow[]; labels: Labels }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  return (
    <ScrollBox label={t('payments.plan.itemsCaption')}>
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('payments.plan.itemsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('payments.fields.partnership')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('payments.fields.fundingSource')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('payments.fields.instalment')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('payments.fields.dueDate')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t('payments.fields.amount')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('payments.fields.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell className="payments-title">
                <RouterLink to={`/partnerships/${i.partnershipId}/payments`} className="table-link">
                  {i.partnershipTitle}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{labels.fundingSource(i.fundingSource)}</Table.Cell>
              <Table.Cell>{t('payments.instalments.name', { year: i.year, seq: i.seq })}</Table.Cell>
              <Table.Cell>{i.dueDate ? text.date(i.dueDate) : t('payments.tba')}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(i.amount)}</Table.Cell>
              <Table.Cell>
                <InstalmentStatusTag status={i.status} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollBox>
  );
}

/** Instalments due before the chosen months and still unpaid: said above the plan, with the way to see them. */
function EarlierUnpaid({ data, onShow }: { data: PaymentsPlanDto; onShow: (month: string) => void }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const { count, planned, approved, withheld, firstMonth } = data.earlier;
  return (
    <Alert data-color="warning" className="page-alert">
      <Paragraph>{t('payments.plan.earlier', { count, from: text.month(data.from), amount: text.exact(planned + approved + withheld) })}</Paragraph>
      {firstMonth && (
        <Button variant="secondary" data-size="sm" className="alert-action" onClick={() => onShow(firstMonth)}>
          {t('payments.plan.earlierLink', { month: text.month(firstMonth) })}
        </Button>
      )}
    </Alert>
  );
}
