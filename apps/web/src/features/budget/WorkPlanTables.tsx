import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORIES, MUNICIPALITY_SIDES, percentOf, type BudgetLine, type BudgetTotals, type WorkPlanDto } from '@mic/domain';
import { ScrollRegion } from '../risks/ScrollRegion';
import { useBudgetText } from './budget-labels';

/** The year's activities and budget lines as tables, with the totals per category and per side. */
export function WorkPlanTables({ plan }: { plan: WorkPlanDto }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const outputName = (id: string | null) => (id ? text.text(plan.outputs.find((o) => o.id === id)?.statement) || id : t('budget.view.noOutput'));
  const activityName = (id: string | null) => (id ? (plan.activities.find((a) => a.id === id)?.title ?? '') : t('budget.view.noActivity'));
  const activitiesCaption = t('budget.view.activitiesCaption', { year: plan.year });
  const linesCaption = t('budget.view.linesCaption', { year: plan.year });

  return (
    <>
      <section aria-labelledby="wp-activities-heading" className="section">
        <Heading level={2} data-size="sm" id="wp-activities-heading">
          {t('budget.view.activities')}
        </Heading>
        {plan.activities.length === 0 ? (
          <Paragraph>{t('budget.view.noActivities')}</Paragraph>
        ) : (
          <ScrollRegion label={activitiesCaption}>
            <Table zebra className="data-table">
              <caption className="visually-hidden">{activitiesCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('budget.view.output')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.activity')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.responsible')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.months')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {plan.activities.map((a) => (
                  <Table.Row key={a.id}>
                    <Table.Cell>{outputName(a.outputId)}</Table.Cell>
                    <Table.Cell>{a.title}</Table.Cell>
                    <Table.Cell>{t(`budget.responsible.${a.responsible}`)}</Table.Cell>
                    <Table.Cell>{text.months(a.startMonth, a.endMonth)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="wp-lines-heading" className="section">
        <Heading level={2} data-size="sm" id="wp-lines-heading">
          {t('budget.view.lines')}
        </Heading>
        {plan.lines.length === 0 ? (
          <Paragraph>{t('budget.view.noLines')}</Paragraph>
        ) : (
          <ScrollRegion label={linesCaption}>
            <Table zebra className="data-table">
              <caption className="visually-hidden">{linesCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('budget.view.activity')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.category')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.side')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.description')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('budget.view.localAmount')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('budget.view.amountNok')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {plan.lines.map((l) => (
                  <Table.Row key={l.id}>
                    <Table.Cell>{activityName(l.activityId)}</Table.Cell>
                    <Table.Cell>{text.category(l.category)}</Table.Cell>
                    <Table.Cell>{t(`budget.sides.${l.side}`)}</Table.Cell>
                    <Table.Cell>{l.description}</Table.Cell>
                    <Table.Cell>{localText(l, text, t)}</Table.Cell>
                    <Table.Cell className="num">{text.money(l.amount)}</Table.Cell>
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.HeaderCell scope="row" colSpan={5}>
                    {t('budget.view.total')}
                  </Table.HeaderCell>
                  <Table.Cell className="num">
                    <strong>{text.money(plan.totals.total)}</strong>
                  </Table.Cell>
                </Table.Row>
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
      </section>
      {plan.lines.length > 0 && <TotalsTables totals={plan.totals} />}
    </>
  );
}

function localText(l: BudgetLine, text: ReturnType<typeof useBudgetText>, t: (k: string, o?: Record<string, unknown>) => string) {
  if (!l.local) return '—';
  return t('budget.view.localAt', { amount: text.money(l.local.amount, l.local.currency), rate: text.rate(l.local.rate), date: text.date(l.local.rateDate) });
}

/** Totals per category and per side, each with its share of the whole. */
export function TotalsTables({ totals, bare = false }: { totals: BudgetTotals; /** Only the tables, inside a section of the caller's. */ bare?: boolean }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const share = (part: number) => {
    const p = percentOf(part, totals.total);
    return p === null ? '—' : text.percent(p);
  };
  const categories = BUDGET_CATEGORIES.filter((c) => totals.byCategory[c] !== undefined);
  const tables = (
    <div className="budget-tables">
      <Table className="data-table">
        <caption>{t('budget.view.byCategoryCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('budget.view.category')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('budget.view.amountNok')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('budget.view.share')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {categories.map((c) => (
            <Table.Row key={c}>
              <Table.HeaderCell scope="row">{text.category(c)}</Table.HeaderCell>
              <Table.Cell className="num">{text.money(totals.byCategory[c] ?? 0)}</Table.Cell>
              <Table.Cell className="num">{share(totals.byCategory[c] ?? 0)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table className="data-table">
        <caption>{t('budget.view.bySideCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('budget.view.side')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('budget.view.amountNok')}</Table.HeaderCell>
            <Table.HeaderCell className="num">{t('budget.view.share')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {MUNICIPALITY_SIDES.map((s) => (
            <Table.Row key={s}>
              <Table.HeaderCell scope="row">{t(`budget.sides.${s}`)}</Table.HeaderCell>
              <Table.Cell className="num">{text.money(totals.bySide[s])}</Table.Cell>
              <Table.Cell className="num">{share(totals.bySide[s])}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('budget.view.total')}</Table.HeaderCell>
            <Table.Cell className="num">
              <strong>{text.money(totals.total)}</strong>
            </Table.Cell>
            <Table.Cell />
          </Table.Row>
        </Table.Body>
      </Table>
    </div>
  );
  if (bare) return tables;
  return (
    <section aria-labelledby="wp-totals-heading" className="section">
      <Heading level={2} data-size="sm" id="wp-totals-heading">
        {t('budget.view.totals')}
      </Heading>
      {tables}
    </section>
  );
}
