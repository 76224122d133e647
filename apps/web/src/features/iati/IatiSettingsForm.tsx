import { useState } from 'react';
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormErrors } from '../../lib/useFormErrors';
import { useProgrammeLabels } from '../programme/useLabels';
import { checkIatiForm, ORGANISATION_TYPES, toFormValues, toSettings, type IatiField, type IatiFormValues } from './iati-form';
import type { IatiSettingsDto, IatiSettingsInput } from './iati-api';

const controlId = (f: IatiField) => `iati-${f.replace('.', '-')}`;

interface Props {
  settings: IatiSettingsDto;
  programme: ProgrammeDto;
  justSaved: boolean;
  onSave: (body: IatiSettingsInput) => Promise<void>;
}

/** The reporting organisation and the DAC sectors of each purpose; read-only for whoever may not change them. */
export function IatiSettingsForm({ settings, programme, justSaved, onSave }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const purposeCodes = programme.purposes.map((p) => p.code);
  const [values, setValues] = useState<IatiFormValues>(() => toFormValues(settings, purposeCodes));
  const order: IatiField[] = ['reportingOrgRef', 'reportingOrgType', 'nameEn', 'nameNb', ...purposeCodes.map((c) => `sectors.${c}` as const)];
  const form = useFormErrors<IatiField>({ order, targetOf: controlId, fieldOf: serverField });

  if (!settings.can.edit) {
    return (
      <Facts
        rows={[
          [t('iati.settings.reportingOrgRef'), settings.reportingOrgRef],
          [t('iati.settings.reportingOrgType'), t(`iati.organisationTypes.${settings.reportingOrgType}`, { defaultValue: settings.reportingOrgType })],
          [t('iati.settings.nameEn'), settings.reportingOrgName.en ?? ''],
          [t('iati.settings.nameNb'), settings.reportingOrgName.nb ?? ''],
          ...purposeCodes.map((c): [string, string] => [t('iati.settings.sectorsOf', { purpose: labels.purpose(c) }), (settings.sectorsByPurpose[c] ?? []).join(', ') || '—']),
        ]}
      />
    );
  }

  const live: Partial<Record<IatiField, string>> = {};
  for (const [field, problem] of Object.entries(checkIatiForm(values)) as [IatiField, string][]) live[field] = t(`iati.settings.problems.${problem}`);
  const error = (f: IatiField) => form.shown(live, f) || undefined;
  const set = (f: Exclude<IatiField, `sectors.${string}`>, value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    form.touch(f);
  };
  const setSectors = (code: string, value: string) => {
    setValues((v) => ({ ...v, sectors: { ...v.sectors, [code]: value } }));
    form.touch(`sectors.${code}`);
  };

  return (
    <>
      {justSaved && <SuccessAlert>{t('iati.settings.saved')}</SuccessAlert>}
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={(e) => void form.submit(e, live, () => onSave({ ...toSettings(values, settings), version: settings.version }))} noValidate className="form-stack">
        <Fieldset>
          <Fieldset.Legend>{t('iati.settings.reportingOrg')}</Fieldset.Legend>
          <Textfield
            id={controlId('reportingOrgRef')}
            label={t('iati.settings.reportingOrgRef')}
            description={t('iati.settings.reportingOrgRefHint')}
            autoComplete="off"
            value={values.reportingOrgRef}
            onChange={(e) => set('reportingOrgRef', e.target.value)}
            error={error('reportingOrgRef')}
          />
          <SelectField
            id={controlId('reportingOrgType')}
            label={t('iati.settings.reportingOrgType')}
            value={values.reportingOrgType}
            onChange={(v) => set('reportingOrgType', v)}
            options={ORGANISATION_TYPES.map((code) => ({ value: code, label: `${code} – ${t(`iati.organisationTypes.${code}`)}` }))}
            error={error('reportingOrgType')}
          />
          <Textfield id={controlId('nameEn')} lang="en" label={t('iati.settings.nameEn')} value={values.nameEn} onChange={(e) => set('nameEn', e.target.value)} error={error('nameEn')} />
          <Textfield id={controlId('nameNb')} lang="nb" label={t('iati.settings.nameNb')} value={values.nameNb} onChange={(e) => set('nameNb', e.target.value)} error={error('nameNb')} />
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('iati.settings.sectors')}</Fieldset.Legend>
          <Fieldset.Description>{t('iati.settings.sectorsHint')}</Fieldset.Description>
          {purposeCodes.map((code) => (
            <Textfield
              key={code}
              id={controlId(`sectors.${code}`)}
              label={t('iati.settings.sectorsOf', { purpose: labels.purpose(code) })}
              inputMode="numeric"
              autoComplete="off"
              value={values.sectors[code] ?? ''}
              onChange={(e) => setSectors(code, e.target.value)}
              error={error(`sectors.${code}`)}
            />
          ))}
        </Fieldset>
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('iati.settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The form field a server error's path belongs to ("sectorsByPurpose.environment.1" → the environment field). */
function serverField(path: string): IatiField | '' {
  const [head, second] = path.split('.');
  if (head === 'reportingOrgRef' || head === 'reportingOrgType') return head;
  if (head === 'reportingOrgName') return second === 'nb' ? 'nameNb' : 'nameEn';
  if (head === 'sectorsByPurpose' && second) return `sectors.${second}`;
  return '';
}
