import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GLOBAL_ROLES, PARTNERSHIP_ROLES, type UserDto } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SelectField } from '../../components/SelectField';
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
      <PagedResults
        query={users}
        resultsRef={resultsRef}
        showing={(range) => t('users.showing', range)}
        empty={t('users.empty')}
        paginationLabel={t('users.pagination')}
        onPage={(p) => {
          setParam({ page: p > 1 ? String(p) : '' });
          resultsRef.current?.focus();
        }}
      >
        {(items) => <UsersTable users={items} onManage={setManaging} />}
      </PagedResults>
      <InvitationsSection />
      {managing && <ManageUserDialog user={managing} onUpdated={setManaging} onClose={() => setManaging(null)} />}
    </>
  );
}
