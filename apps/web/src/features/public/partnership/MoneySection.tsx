import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sumMoney, type PublicPartnershipDto } from '@mic/domain';
import { BarChart, type BarSeries } from '../BarChart';
import type { PublicLabels } from '../labels';

/** Budget, granted and paid per year, as far as each is public: bars and the table beside them. */
export function MoneySection({ partnership: p, labels }: { partnership: PublicPartnershipDto; labels: PublicLabels }) {
  const { t } = useTranslation();
  if (!p.budget && !p.payments) return null;
  const years = [...new Set([...(p.budget ?? []).map((b) => b.year), ...(p.payments ?? []).map((x) => x.year)])].sort((a, b) => a - b);
  const series: (BarSeries & { value: (year: number) => number | null })[] = [];
  if (p.budget) {
    const budget = p.budget;
    series.push({ name: t('public.money.budget'), tone: 'neutral', value: (y) => budget.find((b) => b.year === y)?.budget ?? null });
    series.push({ name: t('public.money.granted'), tone: 'secondary', value: (y) => budget.find((b) => b.year === y)?.granted ?? null });
  }
  if (p.payments) {
    const payments = p.payments;
    series.push({ name: t('public.money.paid'), tone: 'primary', value: (y) => payments.find((x) => x.year === y)?.paid ?? null });
  }
  const rows = years.map((y) => ({ key: String(y), label: String(y), values: series.map((s) => s.value(y)) }));
  const total = (i: number) => sumMoney(rows.map((r) => r.values[i] ?? 0));
  return (
    <section aria-labelledby="public-money-heading" className="section">
      <Heading level={2} data-size="sm" id="public-money-heading">
        {p.budget && p.payments ? t('public.partnership.moneyHeading') : p.budget ? t('public.partnership.budgetHeading') : t('public.partnership.paymentsHeading')}
      </Heading>
      {years.length === 0 ? (
        <Paragraph>{t('public.partnership.noMoney')}</Paragraph>
      ) : (
        <BarChart
          caption={t('public.partnership.moneyCaption')}
          chartLabel={t('public.partnership.moneyChart')}
          rowHeader={t('public.fields.year')}
          series={series.map(({ name, tone }) => ({ name, tone }))}
          rows={rows}
          format={labels.exact}
          foot={{ label: t('public.money.total'), values: series.map((_, i) => total(i)) }}
        />
      )}
    </section>
  );
}
