import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, useSwitchLanguage } from './language';

/** Three buttons, one per language; the current one is marked pressed. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const switchTo = useSwitchLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGE_CHOICES.map(({ code, name }) => {
        const current = i18n.resolvedLanguage === code;
        return (
          <Button
            key={code}
            lang={code}
            variant={current ? 'secondary' : 'tertiary'}
            data-size="sm"
            aria-pressed={current}
            onClick={() => switchTo(code)}
          >
            {name}
          </Button>
        );
      })}
    </div>
  );
}
