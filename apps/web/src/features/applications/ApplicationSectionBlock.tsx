import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationSection } from '@mic/domain';

/** A section of the application: its anchor (#summary, #budget …) is where the completeness panel links. */
export function ApplicationSectionBlock({ section, children }: { section: ApplicationSection; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section id={section} aria-labelledby={`${section}-heading`} className="form-section application-section" tabIndex={-1}>
      <Heading level={2} data-size="sm" id={`${section}-heading`}>
        {t(`applications.sections.${section}`)}
      </Heading>
      {children}
    </section>
  );
}
