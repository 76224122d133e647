import { useRef, type ReactNode } from 'react';
import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CYCLE_AUDIENCES, CYCLE_RECURRENCES, CYCLE_STEP_KINDS } from '@mic/domain';
import { LANGUAGE_CHOICES } from '../../layout/language';
import { SelectField } from '../../../components/SelectField';
import { CycleTable } from '../CycleTable';
import { cycleControlId, newStep, stepPath, type StepField, type StepValues } from './cycle-form';

const YEAR_OFFSETS = ['-2', '-1', '0', '1', '2'];

interface Props {
  ci: number;
  caption: string;
  steps: StepValues[];
  onChange: (steps: StepValues[], field?: string) => void;
  /** The message to show at a field path, if any. */
  errorAt: (path: string) => string | undefined;
}

/** The steps of one funding source's cycle as a table to edit, add to and remove from. */
export function StepsTable({ ci, caption, steps, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const set = (si: number, field: StepField, changes: Partial<StepValues>) =>
    onChange(
      steps.map((s, i) => (i === si ? { ...s, ...changes } : s)),
      stepPath(ci, si, field),
    );
  const add = () => {
    onChange([...steps, newStep()]);
    // The new row's first field, once it is there.
    setTimeout(() => document.getElementById(cycleControlId(stepPath(ci, steps.length, 'code')))?.focus());
  };
  const remove = (si: number) => {
    onChange(steps.filter((_, i) => i !== si));
    addRef.current?.focus();
  };

  /** A label for a control in a table cell, where the column header shows what it is. */
  const hidden = (si: number, label: string) => <span className="visually-hidden">{t('cycle.settings.stepField', { field: label, n: si + 1 })}</span>;

  const choose = (si: number, field: 'kind' | 'yearOffset' | 'recurrence' | 'audience', label: string, options: { value: string; label: string }[]) => {
    const path = stepPath(ci, si, field);
    return (
      <SelectField
        id={cycleControlId(path)}
        label={hidden(si, label)}
        value={steps[si]![field]}
        onChange={(value) => set(si, field, { [field]: value })}
        options={options}
        error={errorAt(path)}
      />
    );
  };

  const text = (si: number, field: 'code' | 'day' | 'month', label: string, extra: { inputMode?: 'numeric' } = {}): ReactNode => {
    const path = stepPath(ci, si, field);
    return (
      <Textfield
        id={cycleControlId(path)}
        label={hidden(si, label)}
        value={steps[si]![field]}
        onChange={(e) => set(si, field, { [field]: e.target.value })}
        error={errorAt(path)}
        autoComplete="off"
        {...extra}
      />
    );
  };

  return (
    <>
      {steps.length === 0 ? (
        <Paragraph>{t('cycle.settings.noSteps')}</Paragraph>
      ) : (
        <CycleTable
          caption={caption}
          className="steps-table"
          zebra={false}
          headers={[
            <span className="visually-hidden">{t('cycle.calendar.step')}</span>,
            t('cycle.settings.code'),
            t('cycle.settings.kind'),
            t('cycle.settings.name'),
            t('cycle.settings.standingDate'),
            t('cycle.settings.yearOffset'),
            t('cycle.settings.recurrence'),
            t('cycle.settings.audience'),
            <span className="visually-hidden">{t('cycle.calendar.actions')}</span>,
          ]}
        >
          {steps.map((s, si) => (
            <Table.Row key={s.key}>
              <Table.HeaderCell scope="row">
                <span aria-hidden>{si + 1}</span>
                <span className="visually-hidden">{t('cycle.settings.stepN', { n: si + 1 })}</span>
              </Table.HeaderCell>
              <Table.Cell className="step-code">{text(si, 'code', t('cycle.settings.code'))}</Table.Cell>
              <Table.Cell className="step-kind">
                {choose(si, 'kind', t('cycle.settings.kind'), CYCLE_STEP_KINDS.map((k) => ({ value: k, label: t(`cycle.kinds.${k}`) })))}
              </Table.Cell>
              <Table.Cell>
                <div className="step-name">
                  {LANGUAGE_CHOICES.map(({ code, name }) => {
                    const path = stepPath(ci, si, `name.${code}`);
                    return (
                      <Textfield
                        key={code}
                        id={cycleControlId(path)}
                        lang={code}
                        prefix={code}
                        label={hidden(si, t('cycle.settings.nameIn', { language: name }))}
                        value={s.name[code]}
                        onChange={(e) => set(si, `name.${code}`, { name: { ...s.name, [code]: e.target.value } })}
                        error={errorAt(path)}
                      />
                    );
                  })}
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="step-date">
                  {text(si, 'day', t('cycle.settings.day'), { inputMode: 'numeric' })}
                  {text(si, 'month', t('cycle.settings.month'), { inputMode: 'numeric' })}
                </div>
              </Table.Cell>
              <Table.Cell className="step-offset">
                {choose(si, 'yearOffset', t('cycle.settings.yearOffset'), YEAR_OFFSETS.map((o) => ({ value: o, label: t(`cycle.yearOffsets.${o}`) })))}
              </Table.Cell>
              <Table.Cell className="step-recurrence">
                {choose(si, 'recurrence', t('cycle.settings.recurrence'), CYCLE_RECURRENCES.map((r) => ({ value: r, label: t(`cycle.recurrences.${r}`) })))}
              </Table.Cell>
              <Table.Cell className="step-audience">
                {choose(si, 'audience', t('cycle.settings.audience'), CYCLE_AUDIENCES.map((a) => ({ value: a, label: t(`cycle.audiences.${a}`) })))}
              </Table.Cell>
              <Table.Cell>
                <Button
                  variant="tertiary"
                  data-color="danger"
                  data-size="sm"
                  aria-label={t('cycle.settings.removeStep', { n: si + 1 })}
                  onClick={() => remove(si)}
                >
                  {t('cycle.settings.remove')}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </CycleTable>
      )}
      <div>
        <Button variant="secondary" data-size="sm" onClick={add} ref={addRef}>
          {t('cycle.settings.addStep')}
        </Button>
      </div>
    </>
  );
}
