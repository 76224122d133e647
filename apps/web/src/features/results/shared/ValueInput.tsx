import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localize, type IndicatorKind, type IndicatorMeasure, type ScaleLevel } from '@mic/domain';
import { SelectField } from '../../../components/SelectField';
import { formatNumber } from '../value-format';

interface Props {
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (text: string) => void;
  error?: string;
  kind: IndicatorKind;
  measure: IndicatorMeasure | null;
  unit: string | null;
  scale: ScaleLevel[] | null;
  /** The text of the empty choice of a scale ("Not reached yet", "Described only"); none by default. */
  emptyChoice?: string;
}

/**
 * A value of an indicator: a number (with its unit beside the field) for a quantitative indicator, a
 * step of the described scale for a qualitative one. Either way what is sent is a number.
 */
export function ValueInput({ id, label, description, value, onChange, error, kind, measure, unit, scale, emptyChoice }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (kind === 'qualitative') {
    return (
      <SelectField
        id={id}
        label={label}
        description={description}
        value={value}
        onChange={onChange}
        placeholder={emptyChoice ?? t('common.choose')}
        error={error}
        options={(scale ?? [])
          .filter((s) => Number.isFinite(s.value))
          .map((s) => ({ value: String(s.value), label: `${formatNumber(s.value, lang)} – ${localize(s.label, lang)}` }))}
      />
    );
  }
  const shownUnit = measure === 'percentage' ? '%' : unit?.trim() || undefined;
  return (
    <Textfield
      id={id}
      label={label}
      description={description ?? (shownUnit ? t('results.valueInput.inUnit', { unit: shownUnit }) : undefined)}
      inputMode="decimal"
      autoComplete="off"
      suffix={shownUnit}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      className="value-field"
    />
  );
}
