import { useRef } from 'react';
import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { controlId, MAX_DONORS, newDonor, type DonorRow } from './application-form';

interface Props {
  rows: DonorRow[];
  onChange: (rows: DonorRow[], changedField?: string) => void;
  error: (path: string) => string | undefined;
}

/** Support from other donors in the same area: a list of donor, area and amount in NOK. */
export function OtherDonorsFields({ rows, onChange, error }: Props) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const update = (index: number, field: 'donor' | 'area' | 'amount', value: string) =>
    onChange(
      rows.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
      `principles.otherDonors.${index}.${field}`,
    );
  const add = () => {
    onChange([...rows, newDonor()]);
    setTimeout(() => document.getElementById(controlId(`principles.otherDonors.${rows.length}.donor`))?.focus());
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    addRef.current?.focus();
  };
  return (
    <Fieldset className="items-editor" id={controlId('principles.otherDonors')} tabIndex={-1}>
      <Fieldset.Legend>{t('applications.principles.otherDonors')}</Fieldset.Legend>
      <Fieldset.Description>{t('applications.form.otherDonorsHint')}</Fieldset.Description>
      {rows.map((r, i) => (
        <Fieldset key={r.key} className="item-card">
          <Fieldset.Legend>{t('applications.form.donorN', { n: i + 1 })}</Fieldset.Legend>
          <div className="year-row">
            <Textfield
              id={controlId(`principles.otherDonors.${i}.donor`)}
              label={t('applications.form.donor')}
              value={r.donor}
              onChange={(e) => update(i, 'donor', e.target.value)}
              error={error(`principles.otherDonors.${i}.donor`)}
            />
            <Textfield
              id={controlId(`principles.otherDonors.${i}.area`)}
              label={t('applications.form.area')}
              value={r.area}
              onChange={(e) => update(i, 'area', e.target.value)}
              error={error(`principles.otherDonors.${i}.area`)}
            />
            <Textfield
              id={controlId(`principles.otherDonors.${i}.amount`)}
              label={t('applications.form.amountNok')}
              inputMode="decimal"
              value={r.amount}
              onChange={(e) => update(i, 'amount', e.target.value)}
              error={error(`principles.otherDonors.${i}.amount`)}
            />
          </div>
          <div>
            <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => remove(i)}>
              {t('applications.form.removeDonor', { n: i + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      {error('principles.otherDonors') && <ValidationMessage>{error('principles.otherDonors')}</ValidationMessage>}
      {rows.length < MAX_DONORS && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={add} ref={addRef}>
            {t('applications.form.addDonor')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
