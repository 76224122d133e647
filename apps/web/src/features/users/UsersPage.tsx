import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GLOBAL_ROLES, PARTNERSHIP_ROLES, type UserDto } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { PaginationNav } from '../../components/PaginationNav';
import { SelectField } from '../../components/SelectField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useUsers } from './users-api';
import { UsersTable } from './UsersTable';
import { ManageUserDialog } from './ManageUserDialog';
import { InvitationsSection } from './InvitationsSection';

export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const role = params.get('role') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const users = useUsers({ search: search || undefined, role: role || undefined, page });
  const [searchText, setSearchText] = useState(search);
  const [managing, setManaging] = useState<UserDto | null>(null);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setSearchText(search), [search]);

  const setParam = (changes: Record<string, string>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      if (!('page' in changes)) next.delete('page');
      return next;
    });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParam({ search: searchText.trim() });
  };

  const data = users.data;

  return (
    <>
      <div className="page-head">
        <PageHeading>{t('users.heading')}</PageHeading>
        <Button asChild>
          <RouterLink to="/users/invite">{t('users.invite')}</RouterLink>
        </Button>
      </div>
      <form role="search" aria-label={t('users.filterLabel')} className="filters" onSubmit={onSearch}>
        <div className="filters__search">
          <Textfield
            id="users-search"
            label={t('users.search')}
            description={t('users.searchHint')}
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('partnerships.filters.searchButton')}
          </Button>
        </div>
        <div className="filters__grid">
          <SelectField
            id="users-role"
            label={t('users.roleFilter')}
            placeholder={t('users.allRoles')}
            value={role}
            onChange={(v) => setParam({ role: v })}
            options={[
              { label: t('users.programmeRoles'), options: GLOBAL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })) },
              { label: t('users.partnershipRoles'), options: PARTNERSHIP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })) },
            ]}
          />
        </div>
      </form>
      <p ref={resultsRef} tabIndex={-1} className="results-summary" role="status">
        {data && data.total > 0
          ? t('users.showing', {
              from: (data.page - 1) * data.pageSize + 1,
              to: (data.page - 1) * data.pageSize + data.items.length,
              total: data.total,
            })
          : ''}
      </p>
      {users.isPending && <Loading />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      {data && data.items.length === 0 && <Paragraph className="empty-state">{t('users.empty')}</Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <UsersTable users={data.items} onManage={setManaging} />
          <PaginationNav
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            label={t('users.pagination')}
            onChange={(p) => {
              setParam({ page: p > 1 ? String(p) : '' });
              resultsRef.current?.focus();
            }}
          />
        </>
      )}
      <InvitationsSection />
      {managing && <ManageUserDialog user={managing} onUpdated={setManaging} onClose={() => setManaging(null)} />}
    </>
  );
}
