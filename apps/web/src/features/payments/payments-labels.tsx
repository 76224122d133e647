import type { ReactNode } from 'react';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InstalmentStatus } from '@mic/domain';
import { formatDate, formatMoney, formatMoneyExact } from '../../lib/format';

const COLOR: Record<InstalmentStatus, string> = {
  planned: 'neutral',
  approved: 'info',
  paid: 'success',
  withheld: 'warning',
};

/** The status in words (colour only repeats it). */
export function InstalmentStatusTag({ status }: { status: InstalmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`payments.statuses.${status}`)}
    </Tag>
  );
}

/** Money and dates of payments in the interface language: exact to the øre, or whole kroner for overviews. */
export function usePaymentsText() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return {
    lang,
    exact: (ore: number) => formatMoneyExact(ore, lang),
    money: (ore: number) => formatMoney(ore, lang),
    date: (iso: string) => formatDate(iso, lang),
    /** "March 2027" from "2027-03". */
    month: (yyyyMm: string) => {
      const [y, m] = yyyyMm.split('-').map(Number);
      if (!y || !m) return yyyyMm;
      return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(lang === 'en' ? 'en-GB' : lang === 'nb' ? 'nb-NO' : lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    },
  };
}

/**
 * A table's box that scrolls sideways when the table is wider than the screen; named and focusable so
 * keyboard users can scroll it too.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** Today as an ISO date in the browser's time zone (the default payment date). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
