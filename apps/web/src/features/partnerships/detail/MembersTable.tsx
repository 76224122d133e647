import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PartnershipMemberDto } from '@mic/domain';

export function MembersTable({ members }: { members: PartnershipMemberDto[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="members-heading" className="section">
      <Heading level={2} data-size="sm" id="members-heading">
        {t('partnership.members')}
      </Heading>
      {members.length === 0 ? (
        <Paragraph>{t('partnership.noMembers')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table className="data-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('users.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('users.partnershipRole')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.userId}>
                  <Table.Cell>{m.name}</Table.Cell>
                  <Table.Cell>{m.email}</Table.Cell>
                  <Table.Cell>{t(`roles.${m.role}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
