import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RiskDetailDto, RiskRatingDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { BandTag } from './BandTag';
import { ScrollRegion } from './ScrollRegion';
import { RiskFlags } from './RiskFlags';
import { formatDay } from './risk-labels';

/** Everything recorded about one risk: what it is, its ratings, its response and its tolerance. */
export function RiskFacts({ risk: r }: { risk: RiskDetailDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const day = (iso: string | null) => (iso ? formatDay(iso, lang) : t('risks.detail.noDate'));
  const rating = (x: RiskRatingDto) => (
    <>
      <BandTag band={x.band} rating={x.rating} />{' '}
      <span className="subtle">{t('risks.detail.score', { probability: x.probability, consequence: x.consequence, rating: x.rating })}</span>
    </>
  );

  return (
    <>
      <RiskFlags risk={r} />
      <Facts
        rows={[
          [t('risks.detail.description'), <span className="pre-line">{r.description}</span>],
          [t('risks.detail.category'), t(`risks.categories.${r.category}`)],
          [t('risks.detail.origin'), t(`risks.origins.${r.origin}`)],
          [t('risks.detail.owner'), r.owner],
          [t('risks.detail.status'), t(`risks.statuses.${r.status}`)],
          [t('risks.detail.result'), r.result ? (r.result.title ?? r.result.id) : t('risks.detail.noResult')],
          [t('risks.detail.identifiedOn'), day(r.identifiedOn)],
          [t('risks.detail.initial'), rating(r.initial)],
          [t('risks.detail.current'), rating(r.current)],
          [t('risks.detail.lastReview'), r.lastReviewedOn ? day(r.lastReviewedOn) : t('risks.detail.never')],
          [t('risks.detail.nextReviewDue'), r.status === 'open' ? day(r.nextReviewDue) : '—'],
        ]}
      />

      <section aria-labelledby="risk-response-heading" className="section">
        <Heading level={2} data-size="sm" id="risk-response-heading">
          {t('risks.detail.responseHeading')}
        </Heading>
        <Paragraph>{r.response.type ? t(`risks.responseTypes.${r.response.type}`) : t('risks.noResponse')}</Paragraph>
        {r.response.measures.length === 0 ? (
          <Paragraph data-size="sm">{t('risks.detail.noMeasures')}</Paragraph>
        ) : (
          <ScrollRegion label={t('risks.detail.measures')}>
            <Table className="data-table">
              <caption className="visually-hidden">{t('risks.detail.measures')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('risks.detail.action')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('risks.detail.responsible')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('risks.detail.dueDate')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {r.response.measures.map((m, i) => (
                  <Table.Row key={i}>
                    <Table.Cell className="pre-line">{m.action}</Table.Cell>
                    <Table.Cell>{m.responsible}</Table.Cell>
                    <Table.Cell className="nowrap">{day(m.dueDate)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
      </section>

      <section aria-labelledby="risk-tolerance-heading" className="section">
        <Heading level={2} data-size="sm" id="risk-tolerance-heading">
          {t('risks.detail.toleranceHeading')}
        </Heading>
        {r.tolerance ? (
          <Facts
            rows={[
              [t('risks.detail.justification'), <span className="pre-line">{r.tolerance.justification}</span>],
              [t('risks.detail.acceptedBy'), r.tolerance.acceptedBy],
              [t('risks.detail.acceptedOn'), day(r.tolerance.acceptedOn)],
            ]}
          />
        ) : (
          <Paragraph>{t('risks.detail.noTolerance')}</Paragraph>
        )}
      </section>
    </>
  );
}
