import type { ReactNode } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_STATUSES, type ConsolidatedDataDto, type ProgrammeDto, type ReportOverviewStatus } from '@mic/domain';
import { useProgrammeLabels } from '../programme/useLabels';
import { CompleteTag, OpinionTag } from '../audits/audit-labels';

const REPORT_COUNT_ORDER: ReportOverviewStatus[] = ['not_started', 'draft', 'submitted', 'returned', 'accepted'];

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** A small two-column table: a name and a count a row. */
function CountTable({ caption, head, rows }: { caption: string; head: string; rows: { key: string; label: string; count: number }[] }) {
  const { t } = useTranslation();
  return (
    <Table data-size="sm" className="data-table count-table">
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{head}</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="numeric">
            {t('consolidated.fields.count')}
          </Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.length === 0 && (
          <Table.Row>
            <Table.Cell colSpan={2}>{t('consolidated.none')}</Table.Cell>
          </Table.Row>
        )}
        {rows.map((r) => (
          <Table.Row key={r.key}>
            <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
            <Table.Cell className="numeric">{r.count}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** The partnerships of the funding source that year, by region, country and purpose. */
export function PortfolioSection({ data, programme }: { data: ConsolidatedDataDto; programme: ProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const p = data.portfolio;
  return (
    <Section id="consolidated-portfolio" heading={t('consolidated.portfolio.heading')}>
      <Paragraph>{t('consolidated.portfolio.total', { count: p.total })}</Paragraph>
      <div className="count-tables">
        <CountTable caption={t('consolidated.portfolio.byRegion')} head={t('consolidated.fields.region')} rows={p.byRegion.map((r) => ({ key: r.region, label: labels.region(r.region) || r.region, count: r.count }))} />
        <CountTable caption={t('consolidated.portfolio.byCountry')} head={t('consolidated.fields.country')} rows={p.byCountry.map((r) => ({ key: r.country, label: labels.country(r.country), count: r.count }))} />
        <CountTable caption={t('consolidated.portfolio.byPurpose')} head={t('consolidated.fields.purpose')} rows={p.byPurpose.map((r) => ({ key: r.purpose, label: labels.purpose(r.purpose), count: r.count }))} />
      </div>
    </Section>
  );
}

/** Each purpose's indicators by progress, with a few that stand out. */
export function ResultsSection({ data, programme }: { data: ConsolidatedDataDto; programme: ProgrammeDto | undefined }) {
  const { t, i18n } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const caption = t('consolidated.results.caption', { year: data.year });
  return (
    <Section id="consolidated-results" heading={t('consolidated.results.heading')}>
      {data.results.length === 0 ? (
        <Paragraph>{t('consolidated.none')}</Paragraph>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
            <Table data-size="sm" className="data-table">
              <caption>{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('consolidated.fields.purpose')}</Table.HeaderCell>
                  {PROGRESS_STATUSES.map((s) => (
                    <Table.HeaderCell key={s} scope="col" className="numeric">
                      {t(`consolidated.progress.${s}`)}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.results.map((r) => (
                  <Table.Row key={r.purpose}>
                    <Table.HeaderCell scope="row">{labels.purpose(r.purpose)}</Table.HeaderCell>
                    {PROGRESS_STATUSES.map((s) => (
                      <Table.Cell key={s} className="numeric">
                        {r.counts[s] ?? 0}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {data.results
            .filter((r) => r.highlights.length > 0)
            .map((r) => (
              <div key={r.purpose} className="highlights">
                <Heading level={3} data-size="2xs">
                  {t('consolidated.results.highlights', { purpose: labels.purpose(r.purpose) })}
                </Heading>
                <ul>
                  {r.highlights.map((h, i) => (
                    <li key={`${h.partnershipTitle}-${h.indicator}-${i}`}>
                      {t('consolidated.results.highlight', {
                        indicator: h.indicator,
                        partnership: h.partnershipTitle,
                        status: t(`consolidated.progress.${h.status}`),
                      })}
                      {h.percent !== null && ` ${t('consolidated.results.percent', { percent: new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 }).format(h.percent) })}`}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
    </Section>
  );
}

/** The highest open risks and how they are handled. */
export function RisksSection({ data }: { data: ConsolidatedDataDto }) {
  const { t } = useTranslation();
  const caption = t('consolidated.risks.caption');
  return (
    <Section id="consolidated-risks" heading={t('consolidated.risks.heading')}>
      {data.risks.length === 0 ? (
        <Paragraph>{t('consolidated.none')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <Table zebra data-size="sm" className="data-table">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('consolidated.fields.partnership')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.risks.risk')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('consolidated.risks.score')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.risks.band')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.risks.response')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.risks.map((r, i) => (
                <Table.Row key={`${r.partnershipTitle}-${r.title}-${i}`}>
                  <Table.Cell>{r.partnershipTitle}</Table.Cell>
                  <Table.Cell>{r.title}</Table.Cell>
                  <Table.Cell className="numeric">{r.score}</Table.Cell>
                  <Table.Cell>{t(`consolidated.bands.${r.band}`, { defaultValue: r.band })}</Table.Cell>
                  <Table.Cell className="pre-line">{r.response ? t(`risks.responseTypes.${r.response}`, { defaultValue: r.response }) : '–'}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  );
}

/** The audits of the year's partnerships: opinion, complete or not, findings still open. */
export function AuditsSection({ data }: { data: ConsolidatedDataDto }) {
  const { t } = useTranslation();
  const caption = t('consolidated.audits.caption');
  return (
    <Section id="consolidated-audits" heading={t('consolidated.audits.heading')}>
      {data.audits.length === 0 ? (
        <Paragraph>{t('consolidated.audits.none')}</Paragraph>
      ) : (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <Table zebra data-size="sm" className="data-table">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('consolidated.fields.partnership')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.fields.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.fields.opinion')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('consolidated.audits.state')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('consolidated.audits.openFindings')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.audits.map((a, i) => (
                <Table.Row key={`${a.partnershipTitle}-${a.year}-${i}`}>
                  <Table.Cell>{a.partnershipTitle}</Table.Cell>
                  <Table.Cell>{a.year}</Table.Cell>
                  <Table.Cell>
                    <OpinionTag opinion={a.opinion} />
                  </Table.Cell>
                  <Table.Cell>
                    <CompleteTag complete={a.complete} />
                  </Table.Cell>
                  <Table.Cell className="numeric">{a.openFindings}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  );
}

/** How many of the year's annual reports are in each status. */
export function ReportCountsSection({ data }: { data: ConsolidatedDataDto }) {
  const { t } = useTranslation();
  return (
    <Section id="consolidated-reports" heading={t('consolidated.reports.heading')}>
      <CountTable
        caption={t('consolidated.reports.caption', { year: data.year })}
        head={t('consolidated.fields.status')}
        rows={REPORT_COUNT_ORDER.map((s) => ({ key: s, label: t(`consolidated.reportStatuses.${s}`), count: data.reports[s] ?? 0 }))}
      />
    </Section>
  );
}
