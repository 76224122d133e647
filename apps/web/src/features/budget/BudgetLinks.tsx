import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the partnership page: the way to its work plans and budgets, and to its payments. */
export function PartnershipBudgetLinks({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="budget-links-heading" className="section">
      <Heading level={2} data-size="sm" id="budget-links-heading">
        {t('budget.links.heading')}
      </Heading>
      <ul className="plain-list link-list">
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/budget`}>{t('budget.links.budget')}</RouterLink>
        </li>
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/payments`}>{t('budget.links.payments')}</RouterLink>
        </li>
      </ul>
    </section>
  );
}

/** In the programme settings: the way to the budget rules. */
export function BudgetRulesLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <RouterLink to="/programme/budget-rules">{t('budget.rules.link')}</RouterLink>
    </Paragraph>
  );
}
