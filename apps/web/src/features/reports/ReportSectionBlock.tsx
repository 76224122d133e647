import type { ReactNode } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportSection } from '@mic/domain';
import { sectionId } from './report-labels';

interface Props {
  section: ReportSection;
  /** The programme office's comment on this section when the report was returned. */
  returnComment?: string;
  /** The review panel's comment field for this section (programme office). */
  review?: ReactNode;
  children: ReactNode;
}

/** One section of the report, with the office's returned comment beside it and, while reviewing, a comment field. */
export function ReportSectionBlock({ section, returnComment, review, children }: Props) {
  const { t } = useTranslation();
  const id = sectionId(section);
  return (
    <section aria-labelledby={`${id}-heading`} className="section report-section" id={id} tabIndex={-1}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t(`reports.sections.${section}`)}
      </Heading>
      <div className={returnComment ? 'report-section__body report-section__body--commented' : 'report-section__body'}>
        <div className="report-section__content">{children}</div>
        {returnComment && (
          <Alert data-color="warning" className="report-section__comment">
            <Heading level={3} data-size="2xs">
              {t('reports.review.commentHeading')}
            </Heading>
            <Paragraph className="pre-line">{returnComment}</Paragraph>
          </Alert>
        )}
      </div>
      {review}
    </section>
  );
}
