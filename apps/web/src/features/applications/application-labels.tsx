import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, MissingItem } from '@mic/domain';
import { formatDate, formatMoney } from '../../lib/format';

const COLOR: Record<ApplicationStatus, string> = {
  draft: 'neutral',
  submitted: 'info',
  in_appraisal: 'accent',
  returned: 'warning',
  approved: 'success',
  rejected: 'danger',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`applications.statuses.${status}`)}
    </Tag>
  );
}

export function LateTag() {
  const { t } = useTranslation();
  return (
    <Tag data-color="danger" data-size="sm">
      {t('applications.late')}
    </Tag>
  );
}

/** Texts of applications in the interface language: money, dates and the missing items with their params. */
export function useApplicationText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return {
    lang,
    money: (ore: number) => formatMoney(ore, lang),
    date: (iso: string) => formatDate(iso, lang),
    /** "Outcome “Less waste” has no indicator", with the side and principle named in words. */
    missing: (m: MissingItem) => {
      const p = m.params ?? {};
      return t(`applications.missing.${m.code}`, {
        ...p,
        side: p.side ? t(`applications.sides.${p.side}`) : '',
        principle: p.principle ? t(`applications.principles.${p.principle}`) : '',
      });
    },
  };
}

