import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_CATEGORIES, MUNICIPALITY_SIDES, type PartnershipDetailDto } from '@mic/domain';
import { SelectField } from '../../components/SelectField';
import { languageName } from '../../lib/format';
import { needsSide, type MetadataField, type MetadataValues } from './document-format';

interface Props {
  /** Prefix of the controls' ids, so that the upload form and a dialog can be on one page. */
  idPrefix: string;
  values: MetadataValues;
  set: (changes: Partial<MetadataValues>) => void;
  error: (field: MetadataField) => string | undefined;
  partnership: PartnershipDetailDto;
  languages: string[];
}

export const metadataControlId = (prefix: string, field: MetadataField) => `${prefix}-${field}`;

/** Category, municipality (for a council decision or a Code of Ethics), language and date of a document. */
export function MetadataFields({ idPrefix, values, set, error, partnership, languages }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const id = (field: MetadataField) => metadataControlId(idPrefix, field);
  const municipality = { home: partnership.homeMunicipality.name, partner: partnership.partnerMunicipality.name };
  return (
    <>
      <SelectField
        id={id('category')}
        label={t('documents.form.category')}
        placeholder={t('common.choose')}
        value={values.category}
        onChange={(v) => set({ category: v as MetadataValues['category'] })}
        options={DOCUMENT_CATEGORIES.filter((c) => partnership.can.uploadCategories.includes(c)).map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))}
        error={error('category')}
      />
      {needsSide(values.category) && (
        <SelectField
          id={id('side')}
          label={t('documents.form.side')}
          description={t('documents.form.sideHint')}
          placeholder={t('common.choose')}
          value={values.side}
          onChange={(v) => set({ side: v as MetadataValues['side'] })}
          options={MUNICIPALITY_SIDES.map((s) => ({ value: s, label: t(`documents.sides.${s}`, { name: municipality[s] }) }))}
          error={error('side')}
        />
      )}
      <SelectField
        id={id('language')}
        label={t('documents.form.language')}
        placeholder={values.language ? undefined : t('documents.facts.notGiven')}
        value={values.language}
        onChange={(language) => set({ language })}
        options={languages.map((code) => ({ value: code, label: languageName(code, lang) }))}
        error={error('language')}
      />
      <Textfield
        id={id('documentDate')}
        label={t('documents.form.documentDate')}
        description={t('documents.form.documentDateHint')}
        type="date"
        value={values.documentDate}
        onChange={(e) => set({ documentDate: e.target.value })}
        error={error('documentDate')}
      />
    </>
  );
}
