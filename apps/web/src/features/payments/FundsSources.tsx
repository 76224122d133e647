import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localize, percentOf, sumMoney, type FundsSourceDto, type ProgrammeFundsDto } from '@mic/domain';
import { ScrollBox, usePaymentsText } from './payments-labels';

interface Props {
  data: ProgrammeFundsDto;
  onEdit: (source: FundsSourceDto) => void;
}

/** Per funding source: allocated by the donor, granted, paid, remaining, still to pay and withheld; with the totals. */
export function FundsSources({ data, onEdit }: Props) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const name = (s: FundsSourceDto) => localize(s.name, text.lang);
  const caption = t('payments.funds.sourcesCaption', { year: data.year });
  return (
    <section aria-labelledby="funds-sources-heading" className="section">
      <Heading level={2} data-size="sm" id="funds-sources-heading">
        {t('payments.funds.sourcesHeading', { year: data.year })}
      </Heading>
      <ScrollBox label={caption}>
        <Table zebra className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('payments.fields.fundingSource')}</Table.HeaderCell>
              {(['allocated', 'granted', 'paid', 'remaining', 'toPay', 'withheld'] as const).map((c) => (
                <Table.HeaderCell key={c} scope="col" className="numeric">
                  {t(`payments.funds.${c}`)}
                </Table.HeaderCell>
              ))}
              {data.can.edit && <Table.HeaderCell scope="col">{t('payments.fields.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.sources.map((s) => (
              <Table.Row key={s.fundingSource}>
                <Table.HeaderCell scope="row" className="funds-source">
                  {name(s)}
                  {s.note && <span className="subtle funds-source__note">{s.note}</span>}
                </Table.HeaderCell>
                <Table.Cell className="numeric nowrap">{s.allocated === null ? t('payments.funds.notRecorded') : text.exact(s.allocated)}</Table.Cell>
                <Table.Cell className="numeric nowrap">{text.exact(s.granted)}</Table.Cell>
                <Table.Cell className="numeric nowrap">{text.exact(s.paid)}</Table.Cell>
                <Table.Cell className="numeric nowrap">{text.exact(s.remaining)}</Table.Cell>
                <Table.Cell className="numeric nowrap">{text.exact(s.toPay)}</Table.Cell>
                <Table.Cell className="numeric nowrap">{text.exact(s.withheld)}</Table.Cell>
                {data.can.edit && (
                  <Table.Cell>
                    <Button variant="secondary" data-size="sm" onClick={() => onEdit(s)} aria-label={t('payments.funds.editFor', { source: name(s) })}>
                      {t('payments.funds.edit')}
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('payments.funds.total')}</Table.HeaderCell>
              <Table.Cell className="numeric nowrap">{text.exact(data.totals.allocated)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(data.totals.granted)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(data.totals.paid)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(data.totals.remaining)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(sumMoney(data.sources.map((s) => s.toPay)))}</Table.Cell>
              <Table.Cell className="numeric nowrap">{text.exact(sumMoney(data.sources.map((s) => s.withheld)))}</Table.Cell>
              {data.can.edit && <Table.Cell />}
            </Table.Row>
          </Table.Foot>
        </Table>
      </ScrollBox>
      <FundsChart data={data} />
    </section>
  );
}

/** Allocated, granted and paid per source as bars; the table above holds the same numbers for every reader. */
function FundsChart({ data }: { data: ProgrammeFundsDto }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const max = Math.max(0, ...data.sources.map((s) => Math.max(s.granted, s.paid, s.allocated ?? 0)));
  if (!max) return null;
  const width = (ore: number) => `${percentOf(ore, max) ?? '0'}%`;
  return (
    <div role="img" aria-label={t('payments.funds.chartLabel')} className="funds-chart">
      {data.sources.map((s) => (
        <div key={s.fundingSource} className="funds-chart__row" aria-hidden="true">
          <span>{localize(s.name, text.lang)}</span>
          <span>
            <span className="funds-chart__bar funds-chart__bar--allocated" style={{ width: width(s.allocated ?? 0) }} />
            <span className="funds-chart__bar funds-chart__bar--granted" style={{ width: width(s.granted) }} />
            <span className="funds-chart__bar funds-chart__bar--paid" style={{ width: width(s.paid) }} />
          </span>
        </div>
      ))}
      <div className="funds-chart__legend" aria-hidden="true">
        <span>
          <span className="funds-chart__swatch funds-chart__bar--allocated" />
          {t('payments.funds.allocated')}
        </span>
        <span>
          <span className="funds-chart__swatch funds-chart__bar--granted" />
          {t('payments.funds.granted')}
        </span>
        <span>
          <span className="funds-chart__swatch funds-chart__bar--paid" />
          {t('payments.funds.paid')}
        </span>
      </div>
    </div>
  );
}
