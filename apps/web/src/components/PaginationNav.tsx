import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** Names the navigation landmark, e.g. "Pages of partnerships". */
  label?: string;
}

/** Designsystemet's pagination for a list answer; nothing when everything fits on one page. */
export function PaginationNav({ page, pageSize, total, onChange, label }: Props) {
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: Math.min(page, totalPages),
    totalPages,
    showPages: 7,
    setCurrentPage: onChange,
  });
  if (totalPages <= 1) return null;
  return (
    <Pagination aria-label={label ?? t('pagination.label')} className="pagination">
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button variant="tertiary" {...prevButtonProps} aria-label={t('pagination.previous')}>
            {t('pagination.previous')}
          </Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page: p, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof p === 'number' && (
              <Pagination.Button variant="tertiary" {...buttonProps} aria-label={t('pagination.page', { page: p })}>
                {p}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button variant="tertiary" {...nextButtonProps} aria-label={t('pagination.next')}>
            {t('pagination.next')}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
