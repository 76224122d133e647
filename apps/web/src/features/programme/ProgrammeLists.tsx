import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { controlId, emptyTexts, newKey, type ProgrammeFormValues } from './programme-form';
import { ItemsEditor } from './ItemsEditor';
import { LocalizedFields } from './LocalizedFields';

interface Props {
  values: ProgrammeFormValues;
  set: (changes: Partial<ProgrammeFormValues>) => void;
  errors: Record<string, string>;
}

/** Purposes, regions with their countries, and funding sources. */
export function ProgrammeLists({ values, set, errors }: Props) {
  const { t } = useTranslation();
  const codeField = (path: string, value: string, onChange: (v: string) => void) => (
    <Textfield
      id={controlId(`${path}.code`)}
      label={t('programmeForm.itemCode')}
      description={t('programmeForm.itemCodeHint')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={errors[`${path}.code`]}
    />
  );
  return (
    <>
      <section aria-labelledby="ps-purposes-heading" className="form-section">
        <Heading level={2} data-size="sm" id="ps-purposes-heading">
          {t('programmeForm.purposes')}
        </Heading>
        <ItemsEditor
          path="purposes"
          labelledBy="ps-purposes-heading"
          itemLabel={(i) => t('programmeForm.purposeN', { n: i + 1 })}
          addLabel={t('programmeForm.addPurpose')}
          items={values.purposes}
          onChange={(purposes) => set({ purposes })}
          create={() => ({ key: newKey(), code: '', name: emptyTexts() })}
          error={errors.purposes}
        >
          {(item, i, update) => (
            <>
              {codeField(`purposes.${i}`, item.code, (code) => update({ code }))}
              <LocalizedFields path={`purposes.${i}.name`} label={t('programmeForm.itemName')} value={item.name} onChange={(name) => update({ name })} errors={errors} />
            </>
          )}
        </ItemsEditor>
      </section>
      <section aria-labelledby="ps-regions-heading" className="form-section">
        <Heading level={2} data-size="sm" id="ps-regions-heading">
          {t('programmeForm.regions')}
        </Heading>
        <ItemsEditor
          path="regions"
          labelledBy="ps-regions-heading"
          itemLabel={(i) => t('programmeForm.regionN', { n: i + 1 })}
          addLabel={t('programmeForm.addRegion')}
          items={values.regions}
          onChange={(regions) => set({ regions })}
          create={() => ({ key: newKey(), code: '', name: emptyTexts(), countries: '' })}
          error={errors.regions}
        >
          {(item, i, update) => (
            <>
              {codeField(`regions.${i}`, item.code, (code) => update({ code }))}
              <LocalizedFields path={`regions.${i}.name`} label={t('programmeForm.itemName')} value={item.name} onChange={(name) => update({ name })} errors={errors} />
              <Textfield
                id={controlId(`regions.${i}.countries`)}
                label={t('programmeForm.countries')}
                description={t('programmeForm.countriesHint')}
                value={item.countries}
                onChange={(e) => update({ countries: e.target.value })}
                error={errors[`regions.${i}.countries`]}
              />
            </>
          )}
        </ItemsEditor>
      </section>
      <section aria-labelledby="ps-funding-heading" className="form-section">
        <Heading level={2} data-size="sm" id="ps-funding-heading">
          {t('programmeForm.fundingSources')}
        </Heading>
        <ItemsEditor
          path="fundingSources"
          labelledBy="ps-funding-heading"
          itemLabel={(i) => t('programmeForm.fundingSourceN', { n: i + 1 })}
          addLabel={t('programmeForm.addFundingSource')}
          items={values.fundingSources}
          onChange={(fundingSources) => set({ fundingSources })}
          create={() => ({ key: newKey(), code: '', name: emptyTexts(), iatiOrgId: '' })}
          error={errors.fundingSources}
        >
          {(item, i, update) => (
            <>
              {codeField(`fundingSources.${i}`, item.code, (code) => update({ code }))}
              <LocalizedFields path={`fundingSources.${i}.name`} label={t('programmeForm.itemName')} value={item.name} onChange={(name) => update({ name })} errors={errors} />
              <Textfield
                id={controlId(`fundingSources.${i}.iatiOrgId`)}
                label={t('programmeForm.iatiOrgId')}
                description={t('programmeForm.iatiOrgIdHint')}
                value={item.iatiOrgId}
                onChange={(e) => update({ iatiOrgId: e.target.value })}
                error={errors[`fundingSources.${i}.iatiOrgId`]}
              />
            </>
          )}
        </ItemsEditor>
      </section>
    </>
  );
}
