import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PublicPartnershipDto } from '@mic/domain';
import { Facts } from '../../../components/Facts';
import { formatDate } from '../../../lib/format';

/** Paragraphs as written (blank lines between them), in the partnership's working language. */
function Text({ text, lang }: { text: string; lang: string }) {
  return (
    <div lang={lang} className="public-text">
      {text
        .split(/\n\s*\n/)
        .map((para) => para.trim())
        .filter(Boolean)
        .map((para, i) => (
          <Paragraph key={i}>{para}</Paragraph>
        ))}
    </div>
  );
}

/** What the accepted annual reports say the partnership learnt. */
export function ReportsSection({ partnership: p }: { partnership: PublicPartnershipDto }) {
  const { t, i18n } = useTranslation();
  if (!p.reports || p.reports.length === 0) return null;
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <section aria-labelledby="public-reports-heading" className="section">
      <Heading level={2} data-size="sm" id="public-reports-heading">
        {t('public.reports.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('public.reports.intro')}</Paragraph>
      {[...p.reports]
        .sort((a, b) => b.year - a.year)
        .map((r) => (
          <section key={r.year} aria-labelledby={`public-report-${r.year}`} className="public-report">
            <Heading level={3} data-size="xs" id={`public-report-${r.year}`}>
              {t('public.reports.year', { year: r.year })}
            </Heading>
            <Paragraph data-size="sm" className="subtle">
              {t('public.reports.acceptedAt', { date: formatDate(r.acceptedAt, lang) })}
            </Paragraph>
            {r.lessons && (
              <>
                <Heading level={4} data-size="2xs">
                  {t('public.reports.lessons')}
                </Heading>
                <Text text={r.lessons} lang={p.workingLanguage} />
              </>
            )}
            {r.homeLearning && (
              <>
                <Heading level={4} data-size="2xs">
                  {t('public.reports.homeLearning', { name: p.homeMunicipality.name })}
                </Heading>
                <Text text={r.homeLearning} lang={p.workingLanguage} />
              </>
            )}
          </section>
        ))}
    </section>
  );
}

/** The visible gains for both municipalities, year by year. */
export function GainsSection({ partnership: p }: { partnership: PublicPartnershipDto }) {
  const { t } = useTranslation();
  if (!p.gains || p.gains.length === 0) return null;
  return (
    <section aria-labelledby="public-gains-heading" className="section">
      <Heading level={2} data-size="sm" id="public-gains-heading">
        {t('public.gains.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('public.gains.intro')}</Paragraph>
      {[...p.gains]
        .sort((a, b) => b.year - a.year)
        .map((g) => (
          <section key={g.year} aria-labelledby={`public-gains-${g.year}`} className="public-report">
            <Heading level={3} data-size="xs" id={`public-gains-${g.year}`}>
              {t('public.gains.year', { year: g.year })}
            </Heading>
            <Facts
              rows={[
                [p.homeMunicipality.name, g.home ? <Text text={g.home} lang={p.workingLanguage} /> : '—'],
                [p.partnerMunicipality.name, g.partner ? <Text text={g.partner} lang={p.workingLanguage} /> : '—'],
              ]}
            />
          </section>
        ))}
    </section>
  );
}
