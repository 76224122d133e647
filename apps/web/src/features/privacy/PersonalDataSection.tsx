import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PERSONAL_DATA_URL } from './privacy-api';

/** On the person's own account page: download everything the platform holds about them. */
export function PersonalDataSection() {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="personal-data-heading">
      <Heading level={2} data-size="sm" id="personal-data-heading">
        {t('privacy.download.heading')}
      </Heading>
      <Paragraph id="personal-data-text">{t('privacy.download.text')}</Paragraph>
      <Button asChild variant="secondary">
        <a href={PERSONAL_DATA_URL} download aria-describedby="personal-data-text">
          {t('privacy.download.button')}
        </a>
      </Button>
    </section>
  );
}
