import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '@mic/domain';
import { useProgrammeLabels } from '../../programme/useLabels';
import { purposeId } from './form-state';

interface Props {
  programme: ProgrammeDto;
  value: string[];
  onChange: (purposes: string[]) => void;
  error?: string;
}

const ERROR_ID = 'pf-purposes-error';

/**
 * The programme purposes as checkboxes, with one validation message for the group. The message is
 * linked to every checkbox here, as it appears while the user ticks (Designsystemet links a
 * fieldset's message only when a field mounts).
 */
export function PurposesFieldset({ programme, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((c) => c !== code));
  return (
    <Fieldset className="purposes">
      <Fieldset.Legend>{t('partnership.purposes')}</Fieldset.Legend>
      <Fieldset.Description>{t('partnershipForm.purposesHint', { max: programme.maxPurposes })}</Fieldset.Description>
      {programme.purposes.map((p) => (
        <Checkbox
          key={p.code}
          id={purposeId(p.code)}
          label={labels.purpose(p.code)}
          value={p.code}
          checked={value.includes(p.code)}
          onChange={(e) => toggle(p.code, e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ERROR_ID : undefined}
        />
      ))}
      {error && (
        <ValidationMessage id={ERROR_ID} role="alert">
          {error}
        </ValidationMessage>
      )}
    </Fieldset>
  );
}
