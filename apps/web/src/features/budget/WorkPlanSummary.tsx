import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWorkPlan } from './budget-api';
import { useBudgetText } from './budget-labels';

/** On an application: the work plan and budget of its year, which go with the annual application. */
export function WorkPlanSummary({ partnershipId, year }: { partnershipId: string; year: number }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const plan = useWorkPlan(partnershipId, year).data;
  return (
    <section aria-labelledby="wp-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="wp-summary-heading">
        {t('budget.summary.heading', { year })}
      </Heading>
      {plan && <Paragraph>{t('budget.summary.text', { total: text.money(plan.totals.total), status: t(`budget.statuses.${plan.status}`) })}</Paragraph>}
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/partnerships/${partnershipId}/budget?year=${year}`}>{t('budget.summary.link', { year })}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
