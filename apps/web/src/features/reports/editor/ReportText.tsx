import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../report-labels';

/** The most a report text may hold (the server refuses longer). */
export const MAX_TEXT = 20_000;

interface Props {
  path: string;
  label: string;
  description?: string;
  value: string;
  /** Absent: the text is only read. */
  onChange?: (value: string) => void;
  rows?: number;
}

/** A text of the report: a field that saves as you go for the coordinators, the text itself for readers. */
export function ReportText({ path, label, description, value, onChange, rows = 4 }: Props) {
  const { t } = useTranslation();
  if (!onChange) {
    return (
      <div className="report-text">
        <Heading level={3} data-size="2xs">
          {label}
        </Heading>
        <Paragraph className="pre-line">{value.trim() ? value : <em>{t('reports.notWritten')}</em>}</Paragraph>
      </div>
    );
  }
  const tooLong = value.length > MAX_TEXT;
  return (
    <Textfield
      id={fieldId(path)}
      className="report-text"
      label={label}
      description={description}
      multiline
      rows={rows}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={tooLong ? t('reports.editor.tooLong', { max: MAX_TEXT }) : undefined}
    />
  );
}
