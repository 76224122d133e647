import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES } from '../layout/language';
import { controlId, type Texts } from './programme-form';

interface Props {
  /** Field path, e.g. "goal" or "purposes.0.name". */
  path: string;
  label: string;
  value: Texts;
  onChange: (value: Texts) => void;
  errors: Record<string, string>;
  multiline?: boolean;
}

/** One text in each of the three interface languages. */
export function LocalizedFields({ path, label, value, onChange, errors, multiline }: Props) {
  const { t } = useTranslation();
  return (
    <div className="localized-fields">
      {LANGUAGE_CHOICES.map(({ code, name }) => {
        const common = {
          id: controlId(`${path}.${code}`),
          label: t('programmeForm.inLanguage', { label, language: name }),
          value: value[code],
          error: errors[`${path}.${code}`],
          lang: code,
        };
        return multiline ? (
          <Textfield key={code} {...common} multiline rows={2} onChange={(e) => onChange({ ...value, [code]: e.target.value })} />
        ) : (
          <Textfield key={code} {...common} onChange={(e) => onChange({ ...value, [code]: e.target.value })} />
        );
      })}
    </div>
  );
}
