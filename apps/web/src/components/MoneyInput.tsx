import { Textfield } from '@digdir/designsystemet-react';
import { decimalSeparatorOf, parseMoney } from '@mic/domain';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyInputValue } from '../lib/format';

interface Props {
  id: string;
  label: ReactNode;
  /** Minor units (øre), or null while empty or not an amount. */
  value: number | null;
  onChange: (minor: number | null) => void;
  /** Minor-unit digits of the currency (2 for NOK, 0 for UGX). */
  digits?: number;
  /** Shown as the field's suffix, e.g. "NOK". */
  currency?: string;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
}

/**
 * An amount field that reads what a person types in their language ("12 345,50" or "12,345.50") into
 * whole minor units with string arithmetic only: no floating point between the keyboard and the server.
 * Text that is not an amount is kept as typed (and reported as null) so the person can correct it.
 */
export function MoneyInput({ id, label, value, onChange, digits = 2, currency = 'NOK', description, error, disabled }: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const [text, setText] = useState(value === null ? '' : moneyInputValue(value, lang, digits));

  // A new value from outside (a reload, a reset) replaces the text unless it already means that value.
  useEffect(() => {
    setText((current) => (parseMoney(current, decimalSeparatorOf(lang), digits) === value ? current : value === null ? '' : moneyInputValue(value, lang, digits)));
  }, [value, lang, digits]);

  return (
    <Textfield
      id={id}
      label={label}
      description={description}
      error={error}
      disabled={disabled}
      inputMode="decimal"
      autoComplete="off"
      suffix={currency}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseMoney(e.target.value, decimalSeparatorOf(lang), digits));
      }}
    />
  );
}
