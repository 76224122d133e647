import type { ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { usePartnership } from '../../partnerships/api';
import '../results.css';

interface Props {
  partnershipId: string;
  /** The page's h1. */
  heading: string;
  /** The heading's language when it is content (an indicator's name in the working language), not interface text. */
  headingLang?: string;
  /** Where "back" goes, and what it says; the partnership by default. */
  back?: { to: string; label: string };
  /** Show the views' navigation (framework, tracking table). */
  views?: boolean;
  actions?: ReactNode;
  children: ReactNode;
}

/** The top of every results page: the way back, the h1 (titled with the partnership), the views. */
export function ResultsFrame({ partnershipId, heading, headingLang, back, views = false, actions, children }: Props) {
  const { t } = useTranslation();
  const partnership = usePartnership(partnershipId);
  const title = partnership.data?.title;
  const backTo = back ?? { to: `/partnerships/${partnershipId}`, label: t('results.backToPartnership') };
  return (
    <>
      <p className="back-link">
        <RouterLink to={backTo.to}>{backTo.label}</RouterLink>
      </p>
      <div className="page-head">
        <PageHeading title={title ? `${heading} – ${title}` : heading}>{headingLang ? <span lang={headingLang}>{heading}</span> : heading}</PageHeading>
        {actions}
      </div>
      {title && <Paragraph className="lead results-lead">{title}</Paragraph>}
      {views && (
        <nav aria-label={t('results.views.label')} className="results-views">
          <ul>
            <li>
              <NavLink to={`/partnerships/${partnershipId}/results`} end>
                {t('results.views.framework')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`/partnerships/${partnershipId}/results/tracking`}>{t('results.views.tracking')}</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {children}
    </>
  );
}
