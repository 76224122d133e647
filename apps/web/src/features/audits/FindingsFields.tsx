import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AUDIT_LIMITS, FINDING_STATUSES } from '@mic/domain';
import { SelectField } from '../../components/SelectField';
import { findingControlId, findingErrors, newFinding, type FindingValues } from './audit-form';

interface Props {
  findings: FindingValues[];
  /** A row's text changed. */
  onChange: (findings: FindingValues[]) => void;
  /** A row was added or removed (an empty new row is not yet an error). */
  onRows: (findings: FindingValues[]) => void;
  /** Show each row's problems (after a submit, or once the row was changed). */
  showErrors: boolean;
}

/** The auditor's findings, a row each: the finding, the follow-up action, when it is due and how far it has come. */
export function FindingsFields({ findings, onChange, onRows, showErrors }: Props) {
  const { t } = useTranslation();
  const setRow = (i: number, changes: Partial<FindingValues>) => onChange(findings.map((f, j) => (j === i ? { ...f, ...changes } : f)));
  const add = () => {
    onRows([...findings, newFinding()]);
    // The new row's first field takes focus, so keyboard users continue where they added it.
    setTimeout(() => document.getElementById(findingControlId(findings.length, 'finding'))?.focus());
  };
  const remove = (i: number) => {
    onRows(findings.filter((_, j) => j !== i));
    setTimeout(() => document.getElementById('audit-add-finding')?.focus());
  };
  return (
    <section aria-labelledby="af-findings-heading" className="form-section">
      <Heading level={2} data-size="sm" id="af-findings-heading">
        {t('audits.form.findings')}
      </Heading>
      <Paragraph data-size="sm">{t('audits.form.findingsHint')}</Paragraph>
      {findings.map((f, i) => {
        const errors = showErrors ? findingErrors(t, f) : {};
        return (
          <Fieldset key={f.id} className="audit-finding">
            <Fieldset.Legend>{t('audits.form.findingN', { n: i + 1 })}</Fieldset.Legend>
            <Textfield
              id={findingControlId(i, 'finding')}
              label={t('audits.fields.finding')}
              multiline
              rows={3}
              maxLength={AUDIT_LIMITS.finding}
              value={f.finding}
              onChange={(e) => setRow(i, { finding: e.target.value })}
              error={errors.finding}
            />
            <Textfield
              id={findingControlId(i, 'action')}
              label={t('audits.fields.action')}
              multiline
              rows={2}
              maxLength={AUDIT_LIMITS.finding}
              value={f.action}
              onChange={(e) => setRow(i, { action: e.target.value })}
              error={errors.action}
            />
            <div className="year-row">
              <Textfield id={findingControlId(i, 'due')} label={t('audits.fields.due')} type="date" value={f.due} onChange={(e) => setRow(i, { due: e.target.value })} />
              <SelectField
                id={findingControlId(i, 'status')}
                label={t('audits.fields.findingStatus')}
                value={f.status}
                onChange={(v) => setRow(i, { status: v as FindingValues['status'] })}
                options={FINDING_STATUSES.map((s) => ({ value: s, label: t(`audits.findingStatuses.${s}`) }))}
              />
            </div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)}>
              {t('audits.form.removeFinding', { n: i + 1 })}
            </Button>
          </Fieldset>
        );
      })}
      {findings.length < AUDIT_LIMITS.findings && (
        <Button id="audit-add-finding" type="button" variant="secondary" onClick={add}>
          {t('audits.form.addFinding')}
        </Button>
      )}
    </section>
  );
}
