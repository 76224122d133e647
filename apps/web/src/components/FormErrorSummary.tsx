import type { MouseEvent } from 'react';
import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  message: string;
  /** The id of the control to go to; omitted for errors that belong to no field. */
  targetId?: string;
}

/**
 * The list of what is wrong after a submit, each linked to its field. Designsystemet's element
 * takes focus when it appears; remount it (change `key`) to bring focus back on a later submit.
 */
export function FormErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading>{t('common.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item, i) => (
          <ErrorSummary.Item key={`${item.targetId ?? ''}-${i}`}>
            {item.targetId ? (
              <ErrorSummary.Link href={`#${item.targetId}`} onClick={(e) => goTo(e, item.targetId!)}>
                {item.message}
              </ErrorSummary.Link>
            ) : (
              item.message
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** Moves focus to the field without changing the URL (which would count as a navigation). */
function goTo(event: MouseEvent, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  event.preventDefault();
  el.scrollIntoView({ block: 'center' });
  el.focus();
}
