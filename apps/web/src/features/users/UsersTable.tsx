import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@mic/domain';
import { languageName } from '../../lib/format';

export function UsersTable({ users, onManage }: { users: UserDto[]; onManage: (user: UserDto) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('users.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.globalRole')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.memberships')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.language')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.status')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">{t('users.actions')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((u) => (
            <Table.Row key={u.id}>
              <Table.Cell>{u.name}</Table.Cell>
              <Table.Cell>{u.email}</Table.Cell>
              <Table.Cell>{u.globalRole ? t(`roles.${u.globalRole}`) : t('common.none')}</Table.Cell>
              <Table.Cell>
                {u.memberships.length === 0 ? (
                  t('common.none')
                ) : (
                  <ul className="plain-list">
                    {u.memberships.map((m) => (
                      <li key={m.partnershipId}>
                        {m.partnershipTitle} ({t(`roles.${m.role}`)})
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
              <Table.Cell>{languageName(u.language, i18n.resolvedLanguage ?? 'en')}</Table.Cell>
              <Table.Cell>
                <Tag data-color={u.disabled ? 'danger' : 'success'} data-size="sm">
                  {u.disabled ? t('users.disabled') : t('users.active')}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                <Button variant="secondary" data-size="sm" onClick={() => onManage(u)} aria-label={t('users.manageUser', { name: u.name })}>
                  {t('users.manage')}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
