import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditOpinion } from '@mic/domain';

const OPINION_COLOR: Record<AuditOpinion, string> = {
  unmodified: 'success',
  qualified: 'warning',
  adverse: 'danger',
  disclaimer: 'danger',
};

/** The opinion in words (colour only repeats it); "not given" while the auditor has not recorded one. */
export function OpinionTag({ opinion }: { opinion: AuditOpinion | null }) {
  const { t } = useTranslation();
  if (!opinion) return <span className="subtle">{t('audits.opinionNone')}</span>;
  return (
    <Tag data-color={OPINION_COLOR[opinion]} data-size="sm">
      {t(`audits.opinions.${opinion}`)}
    </Tag>
  );
}

/** Complete or incomplete, in words. */
export function CompleteTag({ complete }: { complete: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={complete ? 'success' : 'warning'} data-size="sm">
      {complete ? t('audits.complete') : t('audits.incomplete')}
    </Tag>
  );
}
