import { useState } from 'react';
import { Button, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_FIELDS, type PublicField, type PublicationSettingsDto } from '@mic/domain';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormErrors } from '../../lib/useFormErrors';

const FIELDS = ['hidden'] as const;
type Field = (typeof FIELDS)[number];
const controlId = (f: PublicField) => `publication-hidden-${f}`;

interface Props {
  settings: PublicationSettingsDto;
  justSaved: boolean;
  onSave: (body: { version: number; hidden: PublicField[] }) => Promise<void>;
}

/** The parts of the public page to hold back; read-only for whoever may not change them. */
export function HiddenFieldsForm({ settings, justSaved, onSave }: Props) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState<PublicField[]>(settings.hidden);
  const form = useFormErrors<Field>({ order: FIELDS, targetOf: () => controlId(PUBLIC_FIELDS[0]), fieldOf: (p) => (p.startsWith('hidden') ? 'hidden' : '') });

  if (!settings.can.edit) {
    return (
      <Paragraph>
        {settings.hidden.length === 0
          ? t('publication.hidden.noneHeld')
          : t('publication.hidden.held', { parts: settings.hidden.map((f) => t(`publication.fields.${f}`)).join(', ') })}
      </Paragraph>
    );
  }

  const toggle = (f: PublicField, on: boolean) => {
    // Kept in the order of PUBLIC_FIELDS so an unchanged choice saves the same list.
    setHidden((list) => (on ? PUBLIC_FIELDS.filter((x) => x === f || list.includes(x)) : list.filter((x) => x !== f)));
    form.touch('hidden');
  };

  return (
    <>
      {justSaved && <SuccessAlert>{t('publication.hidden.saved')}</SuccessAlert>}
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={(e) => void form.submit(e, {}, () => onSave({ version: settings.version, hidden }))} noValidate className="form-stack">
        <Fieldset>
          <Fieldset.Legend>{t('publication.hidden.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('publication.hidden.legendHint')}</Fieldset.Description>
          {PUBLIC_FIELDS.map((f) => (
            <Checkbox
              key={f}
              id={controlId(f)}
              label={t(`publication.fields.${f}`)}
              description={t(`publication.fieldHints.${f}`)}
              value={f}
              checked={hidden.includes(f)}
              onChange={(e) => toggle(f, e.target.checked)}
            />
          ))}
        </Fieldset>
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('publication.hidden.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
