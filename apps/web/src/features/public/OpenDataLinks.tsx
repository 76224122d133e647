import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { OPEN_DATA_LICENCE } from '@mic/domain';
import { IATI_ALL_URL, OPEN_DATA_SETS, openDataUrl, type PublicFilters } from './public-api';

interface Props {
  /** The list's filters: the files then hold what the list shows. */
  filters?: PublicFilters;
  /** Whether the files follow filters the visitor has chosen (said in words). */
  filtered?: boolean;
  headingLevel?: 2 | 3;
}

/** The open data files (CSV and JSON) with their licence, and the IATI publication. */
export function OpenDataLinks({ filters = {}, filtered = false, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-data-heading" className="section public-open-data">
      <Heading level={headingLevel} data-size="sm" id="open-data-heading">
        {t('public.openData.heading')}
      </Heading>
      <Paragraph>{filtered ? t('public.openData.introFiltered') : t('public.openData.intro')}</Paragraph>
      <ul className="public-downloads">
        {OPEN_DATA_SETS.map((set) => (
          <li key={set}>
            <span className="public-downloads__name">{t(`public.openData.sets.${set}`)}</span>
            <span className="public-downloads__links">
              <Link href={openDataUrl(set, 'csv', filters)} download aria-label={t('public.openData.csvOf', { set: t(`public.openData.sets.${set}`) })}>
                CSV
              </Link>
              <Link href={openDataUrl(set, 'json', filters)} download aria-label={t('public.openData.jsonOf', { set: t(`public.openData.sets.${set}`) })}>
                JSON
              </Link>
            </span>
          </li>
        ))}
      </ul>
      <Paragraph data-size="sm">
        {t('public.openData.licence')}{' '}
        <Link href={OPEN_DATA_LICENCE.url} rel="license">
          {OPEN_DATA_LICENCE.name}
        </Link>
      </Paragraph>
      <Paragraph data-size="sm">
        {t('public.openData.iati')} <Link href={IATI_ALL_URL}>{t('public.openData.iatiLink')}</Link>
      </Paragraph>
    </section>
  );
}
