import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RiskReviewDto } from '@mic/domain';
import { BandTag } from './BandTag';
import { formatDay } from './risk-labels';
import { ScrollRegion } from './ScrollRegion';

/** The risk's reviews, newest first: date, new rating, the assumption's status and the corrective action. */
export function ReviewsTable({ reviews }: { reviews: RiskReviewDto[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <section aria-labelledby="risk-reviews-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-reviews-heading">
        {t('risks.reviews.heading')}
      </Heading>
      {reviews.length === 0 ? (
        <Paragraph>{t('risks.reviews.empty')}</Paragraph>
      ) : (
        <ScrollRegion label={t('risks.reviews.caption')}>
          <Table zebra className="data-table">
            <caption className="visually-hidden">{t('risks.reviews.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('risks.reviews.reviewedOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.reviews.rating')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.reviews.assumption')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.reviews.correctiveAction')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.reviews.reviewer')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {reviews.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell className="nowrap">{formatDay(r.reviewedOn, lang)}</Table.Cell>
                  <Table.Cell className="nowrap">
                    <BandTag band={r.band} rating={r.rating} />
                    <span className="subtle"> {t('risks.reviews.score', { probability: r.probability, consequence: r.consequence })}</span>
                  </Table.Cell>
                  <Table.Cell>{t(`risks.assumptions.${r.assumptionStatus}`)}</Table.Cell>
                  <Table.Cell className="pre-line">{r.correctiveAction || t('risks.reviews.none')}</Table.Cell>
                  <Table.Cell>{r.reviewerName ?? t('risks.reviews.none')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}
