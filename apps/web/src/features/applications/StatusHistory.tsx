import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto } from '@mic/domain';
import { formatDateTime } from '../../lib/format';

/** The application's status changes, newest first, with the programme office's messages to the applicants. */
export function StatusHistory({ app }: { app: ApplicationDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const events = [...app.events].reverse();
  return (
    <section aria-labelledby="status-history-heading" className="section">
      <Heading level={2} data-size="sm" id="status-history-heading">
        {t('applications.history.heading')}
      </Heading>
      {events.length === 0 ? (
        <Paragraph>{t('applications.history.empty')}</Paragraph>
      ) : (
        <ol className="plain-list status-history">
          {events.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <Paragraph data-size="sm">
                <strong>{t(`applications.statuses.${e.to}`)}</strong>
                {' – '}
                {formatDateTime(e.at, lang)}
                {e.byName ? ` – ${e.byName}` : ''}
              </Paragraph>
              {e.message && (
                <blockquote className="status-history__message">
                  <span className="visually-hidden">{t('applications.history.message')}: </span>
                  <span className="pre-wrap">{e.message}</span>
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
