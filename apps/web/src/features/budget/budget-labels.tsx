import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { decimalSeparatorOf, localize, type WorkPlanStatus } from '@mic/domain';
import { formatDate, formatMoneyExact } from '../../lib/format';

const DATE_LOCALES: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', es: 'es' };

/** Month names, amounts and outputs in the interface language. */
export function useBudgetText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const monthFormat = new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? lang, { month: 'long', timeZone: 'UTC' });
  const percentFormat = new Intl.NumberFormat(DATE_LOCALES[lang] ?? lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const month = (m: number) => monthFormat.format(new Date(Date.UTC(2000, m - 1, 1)));
  return {
    lang,
    money: (ore: number, currency = 'NOK') => formatMoneyExact(ore, lang, currency),
    date: (iso: string) => formatDate(iso, lang),
    month,
    months: (start: number, end: number) => (start === end ? month(start) : `${month(start)}–${month(end)}`),
    /** An exact "12.5" from the domain as "12.5 %" / "12,5 %", formatted from the string. */
    percent: (decimal: string) => `${percentFormat.format(decimal as Intl.StringNumericLiteral)} %`,
    /** An exchange rate ("1.3874", as stored) with the reader's decimal separator. */
    rate: (rate: string) => (decimalSeparatorOf(lang) === ',' ? rate.replace('.', ',') : rate),
    category: (c: string) => t(`budget.categories.${c}`),
    text: (value: Parameters<typeof localize>[0]) => localize(value, lang),
  };
}

/** Draft or approved, in words (the colour only repeats it). */
export function WorkPlanStatusTag({ status }: { status: WorkPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={status === 'approved' ? 'success' : 'neutral'} data-size="sm">
      {t(`budget.statuses.${status}`)}
    </Tag>
  );
}
