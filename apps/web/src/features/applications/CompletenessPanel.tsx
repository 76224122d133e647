import type { MouseEvent } from 'react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto, MissingItemDto } from '@mic/domain';
import { useApplicationText } from './application-labels';
import { controlId } from './form/application-form';

/**
 * "N things missing": everything the application lacks before it can be submitted, each a link to where
 * it is put right. A field of this page's form gets focus; the documents, results and risks open their pages.
 */
export function CompletenessPanel({ app, editable }: { app: ApplicationDto; editable: boolean }) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const navigate = useNavigate();
  const missing = app.missing;
  const onSamePage = (item: MissingItemDto) => item.target.area === 'application';

  /** Goes to the field itself when the form shows it, else to its section. */
  const goTo = (event: MouseEvent, item: MissingItemDto) => {
    if (item.target.area !== 'application') return;
    const field = editable && item.target.field ? fieldControl(item.target.field) : null;
    const el = (field && document.getElementById(field)) || document.getElementById(item.target.section);
    if (!el) return;
    event.preventDefault();
    navigate({ hash: item.target.section }, { replace: true });
    el.scrollIntoView({ block: 'center' });
    el.focus();
  };

  if (!missing.length) {
    return (
      <Alert data-color="success" className="page-alert completeness" aria-labelledby="completeness-heading">
        <Heading level={2} data-size="xs" id="completeness-heading">
          {t('applications.completeness.complete')}
        </Heading>
      </Alert>
    );
  }
  return (
    <section aria-labelledby="completeness-heading" className="section completeness">
      <Alert data-color="warning">
        <Heading level={2} data-size="xs" id="completeness-heading">
          {t('applications.completeness.heading', { count: missing.length })}
        </Heading>
        <Paragraph data-size="sm">{t('applications.completeness.intro')}</Paragraph>
        <ul className="completeness__list">
          {missing.map((m, i) => (
            <li key={`${m.code}-${i}`}>
              <Link asChild>
                <RouterLink to={m.path} onClick={onSamePage(m) ? (e) => goTo(e, m) : undefined}>
                  {text.missing(m)}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      </Alert>
    </section>
  );
}

/** The control of a field path from the check: a budget line's year, the purposes' first box, else the field. */
function fieldControl(field: string): string {
  const budget = /^budgetRequested\.(\d{4})$/.exec(field);
  if (budget) return controlId(`budget.${budget[1]}`);
  if (field === 'purposes') return (document.querySelector('#purposes input[type="checkbox"]') as HTMLElement | null)?.id ?? controlId('purposes');
  return controlId(field);
}
