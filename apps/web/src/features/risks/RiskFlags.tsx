import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RiskDto } from '@mic/domain';

/** What needs attention about a risk, in words: overdue review, missing answer, questioned continuation. */
export function RiskFlags({ risk }: { risk: RiskDto }) {
  const { t } = useTranslation();
  const flags: { key: string; color: string; text: string }[] = [];
  if (risk.questionsContinuation) flags.push({ key: 'q', color: 'danger', text: t('risks.register.questionsContinuation') });
  if (risk.toleranceMissing) flags.push({ key: 'm', color: 'danger', text: t('risks.register.toleranceMissing') });
  if (risk.overdue) flags.push({ key: 'o', color: 'warning', text: t('risks.register.overdue') });
  if (risk.tolerance) flags.push({ key: 't', color: 'info', text: t('risks.register.toleranceDocumented') });
  if (flags.length === 0) return null;
  return (
    <ul className="flag-list">
      {flags.map((f) => (
        <li key={f.key}>
          <Tag data-color={f.color} data-size="sm" variant="outline">
            {f.text}
          </Tag>
        </li>
      ))}
    </ul>
  );
}
