import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: (Option | OptionGroup)[];
  /** A first, empty choice ("All", "Choose…"). */
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
  name?: string;
  width?: 'full' | 'auto';
}

/** A labelled native select; Designsystemet's Field links its label, description and error. */
export function SelectField({ id, label, value, onChange, options, placeholder, description, error, disabled, name, width }: Props) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        width={width}
      >
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((o) =>
          'options' in o ? (
            <Select.Optgroup key={`group-${o.label}`} label={o.label}>
              {o.options.map((x) => (
                <Select.Option key={x.value} value={x.value}>
                  {x.label}
                </Select.Option>
              ))}
            </Select.Optgroup>
          ) : (
            <Select.Option key={o.value} value={o.value}>
              {o.label}
            </Select.Option>
          ),
        )}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
