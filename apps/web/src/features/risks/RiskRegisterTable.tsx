import { Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RiskDto } from '@mic/domain';
import { BandTag } from './BandTag';
import { RiskFlags } from './RiskFlags';
import { formatDay, shortText } from './risk-labels';
import { ScrollRegion } from './ScrollRegion';

interface Props {
  items: RiskDto[];
  caption: string;
  /** Shown in a first column: the programme-wide view names each risk's partnership. */
  partnershipOf?: (risk: RiskDto) => { id: string; title: string } | undefined;
}

/** Risks in register order (highest current rating first), each with its band and what needs attention. */
export function RiskRegisterTable({ items, caption, partnershipOf }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <ScrollRegion label={caption}>
      <Table zebra className="data-table risk-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {partnershipOf && <Table.HeaderCell>{t('risks.programme.partnership')}</Table.HeaderCell>}
            <Table.HeaderCell>{t('risks.register.description')}</Table.HeaderCell>
            <Table.HeaderCell>{t('risks.register.rating')}</Table.HeaderCell>
            <Table.HeaderCell>{t('risks.register.category')}</Table.HeaderCell>
            <Table.HeaderCell>{t('risks.register.owner')}</Table.HeaderCell>
            <Table.HeaderCell>{t('risks.register.response')}</Table.HeaderCell>
            <Table.HeaderCell>{t('risks.register.review')}</Table.HeaderCell>
            <Table.HeaderCell>{t('risks.register.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((r) => {
            const partnership = partnershipOf?.(r);
            return (
              <Table.Row key={r.id}>
                {partnershipOf && (
                  <Table.Cell>
                    {partnership && (
                      <RouterLink to={`/partnerships/${partnership.id}/risks`} className="table-link">
                        {partnership.title}
                      </RouterLink>
                    )}
                  </Table.Cell>
                )}
                <Table.Cell>
                  <RouterLink to={`/partnerships/${r.partnershipId}/risks/${r.id}`} className="table-link">
                    {shortText(r.description, 140)}
                  </RouterLink>
                  <RiskFlags risk={r} />
                </Table.Cell>
                <Table.Cell className="nowrap">
                  <BandTag band={r.current.band} rating={r.current.rating} />
                </Table.Cell>
                <Table.Cell>{t(`risks.categories.${r.category}`)}</Table.Cell>
                <Table.Cell>{r.owner}</Table.Cell>
                <Table.Cell>{r.response.type ? t(`risks.responseTypes.${r.response.type}`) : t('risks.noResponse')}</Table.Cell>
                <Table.Cell className="nowrap">
                  {r.status === 'open' ? t('risks.register.dueOn', { date: formatDay(r.nextReviewDue, lang) }) : '—'}
                </Table.Cell>
                <Table.Cell>{t(`risks.statuses.${r.status}`)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
