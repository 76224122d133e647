import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { percentOf, type ConsolidatedDataDto, type ProgrammeDto } from '@mic/domain';
import { formatMoneyExact } from '../../lib/format';
import { useProgrammeLabels } from '../programme/useLabels';
import { OpinionTag } from '../audits/audit-labels';

const COLUMNS = ['granted', 'paid', 'spent', 'unspent'] as const;
const BARS = ['granted', 'paid', 'spent'] as const;

/** Granted, paid, spent and unspent per partnership with the totals; a chart of the same beside the table. */
export function MoneySection({ data, programme }: { data: ConsolidatedDataDto; programme: ProgrammeDto | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const labels = useProgrammeLabels(programme);
  const money = (ore: number) => formatMoneyExact(ore, lang);
  const { rows, totals } = data.money;
  const caption = t('consolidated.money.caption', { year: data.year });
  return (
    <section aria-labelledby="consolidated-money-heading" className="section">
      <Heading level={2} data-size="sm" id="consolidated-money-heading">
        {t('consolidated.money.heading')}
      </Heading>
      <div className="consolidated-pair">
        <MoneyChart data={data} />
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <Table zebra data-size="sm" className="data-table">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('consolidated.fields.partnership')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.fields.country')}</Table.HeaderCell>
                {COLUMNS.map((c) => (
                  <Table.HeaderCell key={c} scope="col" className="numeric">
                    {t(`consolidated.money.${c}`)}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell scope="col">{t('consolidated.fields.report')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.fields.opinion')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.partnershipId}>
                  <Table.HeaderCell scope="row">{r.title}</Table.HeaderCell>
                  <Table.Cell>{labels.country(r.country)}</Table.Cell>
                  {COLUMNS.map((c) => (
                    <Table.Cell key={c} className="numeric nowrap">
                      {money(r[c])}
                    </Table.Cell>
                  ))}
                  <Table.Cell>{t(`consolidated.reportStatuses.${r.reportStatus}`)}</Table.Cell>
                  <Table.Cell>
                    <OpinionTag opinion={r.auditOpinion} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            <Table.Foot>
              <Table.Row>
                <Table.HeaderCell scope="row" colSpan={2}>
                  {t('consolidated.money.total')}
                </Table.HeaderCell>
                {COLUMNS.map((c) => (
                  <Table.Cell key={c} className="numeric nowrap">
                    {money(totals[c])}
                  </Table.Cell>
                ))}
                <Table.Cell colSpan={2} />
              </Table.Row>
            </Table.Foot>
          </Table>
        </div>
      </div>
    </section>
  );
}

/** The totals granted, paid and spent as bars; the table beside holds every number for every reader. */
function MoneyChart({ data }: { data: ConsolidatedDataDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const totals = data.money.totals;
  const max = Math.max(0, ...BARS.map((b) => totals[b]));
  const width = (ore: number) => `${max > 0 ? (percentOf(Math.max(0, ore), max) ?? '0') : '0'}%`;
  return (
    <div role="img" aria-label={t('consolidated.money.chartLabel', { year: data.year })} className="money-chart">
      {BARS.map((b) => (
        <div key={b} className="money-chart__row" aria-hidden="true">
          <span className="money-chart__label">{t(`consolidated.money.${b}`)}</span>
          <span className="money-chart__track">
            <span className={`money-chart__bar money-chart__bar--${b}`} style={{ width: width(totals[b]) }} />
          </span>
          <span className="money-chart__value">{formatMoneyExact(totals[b], lang)}</span>
        </div>
      ))}
    </div>
  );
}
