import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto, AppraisalItem } from '@mic/domain';

export const metLabel = (met: boolean | null) => (met === null ? 'notJudged' : met ? 'met' : 'notMet');

/**
 * The appraisal as read: for the applicants the programme office's comments meant for them; for the
 * office (once it can no longer be changed) every item, the recommendation and the internal note.
 */
export function AppraisalView({ app, office }: { app: ApplicationDto; office: boolean }) {
  const { t } = useTranslation();
  const a = app.appraisal;
  const items = (a?.items ?? []).filter((i) => (office ? i.met !== null || i.comment.trim() : i.forApplicant));
  if (!a || (!items.length && !a.internalNote && !a.recommendation)) return null;
  return (
    <section aria-labelledby="appraisal-view-heading" className="section">
      <Heading level={2} data-size="sm" id="appraisal-view-heading">
        {office ? t('applications.appraisal.heading') : t('applications.appraisal.forApplicantsHeading')}
      </Heading>
      {items.length > 0 && (
        <ul className="plain-list appraisal-items">
          {items.map((i) => (
            <AppraisalLine key={i.criterion} item={i} office={office} />
          ))}
        </ul>
      )}
      {office && a.recommendation && (
        <Paragraph>{t('applications.appraisal.recommendationIs', { recommendation: t(`applications.recommendations.${a.recommendation}`) })}</Paragraph>
      )}
      {office && a.internalNote && (
        <>
          <Heading level={3} data-size="xs">
            {t('applications.appraisal.internalNote')}
          </Heading>
          <Paragraph className="pre-wrap">{a.internalNote}</Paragraph>
        </>
      )}
    </section>
  );
}

function AppraisalLine({ item, office }: { item: AppraisalItem; office: boolean }) {
  const { t } = useTranslation();
  return (
    <li className="appraisal-line">
      <Heading level={3} data-size="2xs">
        {t(`applications.criteria.${item.criterion}`)}
      </Heading>
      <Paragraph data-size="sm">
        {t(`applications.appraisal.${metLabel(item.met)}`)}
        {office && !item.forApplicant && (
          <>
            {' '}
            <Tag data-size="sm" data-color="neutral">
              {t('applications.appraisal.internal')}
            </Tag>
          </>
        )}
      </Paragraph>
      {item.comment.trim() && <Paragraph className="pre-wrap">{item.comment}</Paragraph>}
    </li>
  );
}
