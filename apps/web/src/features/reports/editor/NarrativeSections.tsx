import type { ReactNode } from 'react';
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localize, type AnnualReportDto, type ReportNarrative, type ReportSection } from '@mic/domain';
import { IndicatorValueButton } from './IndicatorValueButton';
import { Facts } from '../../../components/Facts';
import { ProgressTag } from '../../results/shared/StatusTags';
import { fieldId, useNumberText } from '../report-labels';
import { ReportSectionBlock } from '../ReportSectionBlock';
import { ReportText } from './ReportText';
import { ScrollRegion } from '../../risks/ScrollRegion';

export interface SectionSlots {
  returnComments: Partial<Record<ReportSection, string>>;
  review?: (section: ReportSection) => ReactNode;
}

interface Props extends SectionSlots {
  report: AnnualReportDto;
  narrative: ReportNarrative;
  /** Absent: read-only. */
  onChange?: (narrative: ReportNarrative) => void;
}

/** Outcomes, indicators, risks, home learning, lessons and visibility: written or read. */
export function NarrativeSections({ report, narrative: n, onChange, returnComments, review }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const numbers = useNumberText();
  const set = onChange ? (patch: Partial<ReportNarrative>) => onChange({ ...n, ...patch }) : undefined;
  const text = (key: keyof ReportNarrative & ('indicatorNotes' | 'riskReview' | 'homeLearning' | 'lessons'), label: string, description?: string) => (
    <ReportText
      path={`narrative.${key}`}
      label={label}
      description={description}
      value={n[key]}
      onChange={set && ((value) => set({ [key]: value }))}
    />
  );
  const block = (section: ReportSection, children: ReactNode) => (
    <ReportSectionBlock key={section} section={section} returnComment={returnComments[section]} review={review?.(section)}>
      {children}
    </ReportSectionBlock>
  );

  return (
    <>
      {block(
        'outcomes',
        report.outcomes.length === 0 ? (
          <Paragraph>{t('reports.outcomes.none')}</Paragraph>
        ) : (
          report.outcomes.map((outcome) => {
            const i = n.outcomes.findIndex((o) => o.resultId === outcome.id);
            const value = i < 0 ? '' : n.outcomes[i]!.contribution;
            const statement = localize(outcome.statement, lang);
            return (
              <div key={outcome.id} className="report-outcome">
                <Heading level={3} data-size="xs">
                  {statement}
                </Heading>
                {outcome.outputs.length > 0 && (
                  <>
                    <Paragraph data-size="sm">{t('reports.outcomes.outputs')}</Paragraph>
                    <ul>
                      {outcome.outputs.map((o) => (
                        <li key={o.id}>{localize(o.statement, lang)}</li>
                      ))}
                    </ul>
                  </>
                )}
                <ReportText
                  path={`narrative.outcomes.${i < 0 ? outcome.id : i}.contribution`}
                  label={t('reports.outcomes.contribution', { outcome: statement })}
                  value={value}
                  onChange={
                    set &&
                    ((contribution) =>
                      set({
                        outcomes: i < 0 ? [...n.outcomes, { resultId: outcome.id, contribution }] : n.outcomes.map((o, j) => (j === i ? { ...o, contribution } : o)),
                      }))
                  }
                />
              </div>
            );
          })
        ),
      )}
      {block(
        'indicators',
        <>
          {report.indicators.length === 0 ? (
            <Paragraph>{t('reports.indicators.none')}</Paragraph>
          ) : (
            <ScrollRegion label={t('reports.indicators.caption', { year: report.year })}>
              <Table data-size="sm" className="data-table">
                <caption>{t('reports.indicators.caption', { year: report.year })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('reports.indicators.indicator')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('reports.indicators.target')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('reports.indicators.actual')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('reports.indicators.progress')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {report.indicators.map((ind) => {
                    const unit = ind.unit ? ` ${localize(ind.unit, lang)}` : '';
                    // Only those who write the report are sent on to enter a missing value.
                    const needsValue = !!onChange && (ind.valueStatus === null || ind.valueStatus === 'returned');
                    return (
                      <Table.Row key={ind.id}>
                        <Table.HeaderCell scope="row">{localize(ind.name, lang)}</Table.HeaderCell>
                        <Table.Cell className="numeric">{ind.target === null ? '—' : `${numbers.number(ind.target)}${unit}`}</Table.Cell>
                        <Table.Cell className="numeric">
                          {ind.actual === null ? '—' : `${numbers.number(ind.actual)}${unit}`}
                          {needsValue && (
                            <>
                              {' '}
                              <IndicatorValueButton id={fieldId(ind.id)} partnershipId={report.partnershipId} reportId={report.id} year={report.year} indicator={ind} />
                            </>
                          )}
                        </Table.Cell>
                        <Table.Cell>
                          <ProgressTag status={ind.progress} />
                          {ind.percent !== null && <span className="report-percent"> {numbers.percent(ind.percent)}</span>}
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </ScrollRegion>
          )}
          {text('indicatorNotes', t('reports.indicators.notes'), t('reports.indicators.notesHint'))}
        </>,
      )}
      {block(
        'risks',
        <>
          <Facts
            rows={[
              [t('reports.risks.open'), report.risks.open],
              [t('reports.risks.high'), report.risks.high],
              [t('reports.risks.reviewed', { year: report.year }), report.risks.reviewedThisYear],
            ]}
          />
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/partnerships/${report.partnershipId}/risks`}>{t('reports.risks.register')}</RouterLink>
            </Link>
          </Paragraph>
          {text('riskReview', t('reports.risks.review'), t('reports.risks.reviewHint'))}
        </>,
      )}
      {block('home_learning', text('homeLearning', t('reports.homeLearning.label'), t('reports.homeLearning.hint')))}
      {block('lessons', text('lessons', t('reports.lessons.label')))}
      {block(
        'visibility',
        <>
          {(['home', 'partner'] as const).map((side) => (
            <ReportText
              key={side}
              path={`narrative.visibility.${side}`}
              label={t(`reports.visibility.${side}`)}
              value={n.visibility[side]}
              onChange={set && ((value) => set({ visibility: { ...n.visibility, [side]: value } }))}
            />
          ))}
        </>,
      )}
    </>
  );
}
