import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { RISK_SCORES } from '@mic/domain';
import { scoreText } from '../risk-labels';

interface Props {
  /** Id prefix: the radios are `${id}-1` … `${id}-5`. */
  id: string;
  legend: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  /** The programme's word for each score. */
  words: (n: number) => string;
  error?: string;
}

/** A score from 1 to 5 as five radios, each with the programme's word for it. */
export function ScoreFieldset({ id, legend, description, value, onChange, words, error }: Props) {
  const errorId = `${id}-error`;
  return (
    <Fieldset className="score-fieldset">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="score-options">
        {RISK_SCORES.map((n) => (
          <Radio
            key={n}
            id={`${id}-${n}`}
            name={id}
            value={String(n)}
            label={scoreText(n, words)}
            checked={value === String(n)}
            onChange={() => onChange(String(n))}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        ))}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
