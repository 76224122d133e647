import { useEffect, useRef, type ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** The page's <title>, before the app name; defaults to the heading when it is plain text. */
  title?: string;
}

/** How many page headings have appeared since the app started. */
let headingsShown = 0;

/**
 * The page's one h1. It sets the document title and, when it appears after an in-app navigation
 * (not on the first page load, where the skip link should come first), takes focus so that screen
 * reader and keyboard users start at the new page's heading.
 */
export function PageHeading({ children, title }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const shouldFocus = useRef<boolean | null>(null);
  const pageTitle = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${t('app.name')}` : t('app.name');
  }, [pageTitle, t]);

  useEffect(() => {
    // Decided once per heading, so React's development double effects do not change the answer.
    if (shouldFocus.current === null) shouldFocus.current = headingsShown++ > 0;
    if (shouldFocus.current) ref.current?.focus();
  }, []);

  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
