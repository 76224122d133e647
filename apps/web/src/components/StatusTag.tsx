import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PartnershipStatus } from '@mic/domain';

const COLOR: Record<PartnershipStatus, string> = {
  draft: 'neutral',
  applied: 'info',
  active: 'success',
  completed: 'accent',
  closed: 'neutral',
  rejected: 'danger',
};

export function StatusTag({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={COLOR[status]} data-size="sm">
      {t(`status.${status}`)}
    </Tag>
  );
}
