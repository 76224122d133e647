import { useState, type FormEvent } from 'react';
import { Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES, EVENT_TYPES, LANGUAGES, type EventInput } from '@mic/domain';
import { FormActions } from '../../../components/FormActions';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { useFormErrors } from '../../../lib/useFormErrors';
import { ItemsEditor } from '../../programme/ItemsEditor';
import { LocalizedFields } from '../../programme/LocalizedFields';
import { controlId } from '../../programme/programme-form';
import { InvitedPartnerships } from './InvitedPartnerships';
import { changedMaterialFields, eventFieldOf, eventFields, eventTarget, newMaterial, toEventInput, validateEvent, type EventFormValues } from './event-form';

interface Props {
  initial: EventFormValues;
  /** Editing an existing event: its status (planned or cancelled) can change. */
  editing: boolean;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: EventInput) => Promise<unknown>;
}

/**
 * An event: what it is (type, title and description in the interface languages), when and where,
 * its materials and the partnerships invited. Errors show once a field has been changed or after a
 * submit; the server's own come back at the field.
 */
export function EventForm({ initial, editing, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormErrors<string>({ order: eventFields(values), targetOf: eventTarget, fieldOf: eventFieldOf });
  const live = validateEvent(t, values);
  const error = (f: string) => form.shown(live, f) || undefined;

  const set = (changes: Partial<EventFormValues>, field: string, ...alsoClear: string[]) => {
    setValues((v) => ({ ...v, ...changes }));
    form.touch(field, ...alsoClear);
  };
  /** The messages of a text given per language: "at least one title" goes to the English one. */
  const textErrors = (field: 'title' | 'description') =>
    Object.fromEntries(
      LANGUAGES.map((l) => [`${field}.${l}`, (l === 'en' && error(field)) || error(`${field}.${l}`) || '']).filter(([, m]) => m),
    ) as Record<string, string>;

  const setMaterials = (materials: EventFormValues['materials']) => {
    const changed = changedMaterialFields(values.materials, materials);
    setValues((v) => ({ ...v, materials }));
    if (changed.length) changed.forEach((f) => form.touch(f));
    // Added or removed: the rows after it moved, so the server's messages for them no longer fit.
    else form.touch('materials', ...eventFields(values).filter((f) => f.startsWith('materials.')));
  };

  const handleSubmit = (event: FormEvent) => form.submit(event, live, () => onSubmit(toEventInput(values)));

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <section aria-labelledby="ef-about-heading" className="form-section">
          <Heading level={2} data-size="sm" id="ef-about-heading">
            {t('events.form.about')}
          </Heading>
          <SelectField
            id={controlId('type')}
            label={t('events.type')}
            placeholder={t('common.choose')}
            value={values.type}
            onChange={(v) => set({ type: v as EventFormValues['type'] }, 'type')}
            options={EVENT_TYPES.map((type) => ({ value: type, label: t(`events.types.${type}`) }))}
            error={error('type')}
          />
          {editing && (
            <SelectField
              id={controlId('status')}
              label={t('events.status')}
              description={t('events.form.statusHint')}
              value={values.status}
              onChange={(v) => set({ status: v as EventFormValues['status'] }, 'status')}
              options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.statuses.${s}`) }))}
              error={error('status')}
            />
          )}
          <LocalizedFields
            path="title"
            label={t('events.title')}
            value={values.title}
            onChange={(title) => set({ title }, 'title', ...LANGUAGES.map((l) => `title.${l}`))}
            errors={textErrors('title')}
          />
          <LocalizedFields
            path="description"
            label={t('events.description')}
            value={values.description}
            onChange={(description) => set({ description }, 'description', ...LANGUAGES.map((l) => `description.${l}`))}
            errors={textErrors('description')}
            multiline
          />
        </section>

        <section aria-labelledby="ef-when-heading" className="form-section">
          <Heading level={2} data-size="sm" id="ef-when-heading">
            {t('events.form.whenWhere')}
          </Heading>
          <Checkbox
            id={controlId('tba')}
            label={t('events.form.tba')}
            description={t('events.form.tbaHint')}
            checked={values.tba}
            onChange={(e) => set({ tba: e.target.checked }, 'tba', 'date', 'endDate', 'startTime')}
          />
          {!values.tba && (
            <div className="year-row">
              <Textfield
                id={controlId('date')}
                label={t('events.form.date')}
                type="date"
                value={values.date}
                onChange={(e) => set({ date: e.target.value }, 'date', 'endDate')}
                error={error('date')}
              />
              <Textfield
                id={controlId('endDate')}
                label={t('events.form.endDate')}
                description={t('events.form.endDateHint')}
                type="date"
                min={values.date || undefined}
                value={values.endDate}
                onChange={(e) => set({ endDate: e.target.value }, 'endDate')}
                error={error('endDate')}
              />
              <Textfield
                id={controlId('startTime')}
                label={t('events.form.startTime')}
                description={t('events.form.startTimeHint')}
                type="time"
                value={values.startTime}
                onChange={(e) => set({ startTime: e.target.value }, 'startTime')}
                error={error('startTime')}
              />
            </div>
          )}
          <Textfield
            id={controlId('place')}
            label={t('events.place')}
            description={t('events.form.placeHint')}
            value={values.place}
            onChange={(e) => set({ place: e.target.value }, 'place')}
            error={error('place')}
          />
          <Textfield
            id={controlId('onlineUrl')}
            label={t('events.onlineUrl')}
            description={t('events.form.onlineUrlHint')}
            type="url"
            value={values.onlineUrl}
            onChange={(e) => set({ onlineUrl: e.target.value }, 'onlineUrl')}
            error={error('onlineUrl')}
          />
        </section>

        <section aria-labelledby="ef-materials-heading" className="form-section">
          <Heading level={2} data-size="sm" id="ef-materials-heading">
            {t('events.materials')}
          </Heading>
          <ItemsEditor
            path="materials"
            labelledBy="ef-materials-heading"
            firstField="title"
            itemLabel={(i) => t('events.form.materialN', { n: i + 1 })}
            addLabel={t('events.form.addMaterial')}
            items={values.materials}
            onChange={setMaterials}
            create={newMaterial}
            error={error('materials')}
          >
            {(m, i, update) => (
              <div className="year-row">
                <Textfield
                  id={controlId(`materials.${i}.title`)}
                  label={t('events.form.materialTitle')}
                  value={m.title}
                  onChange={(e) => update({ title: e.target.value })}
                  error={error(`materials.${i}.title`)}
                />
                <Textfield
                  id={controlId(`materials.${i}.url`)}
                  label={t('events.form.materialUrl')}
                  type="url"
                  value={m.url}
                  onChange={(e) => update({ url: e.target.value })}
                  error={error(`materials.${i}.url`)}
                />
              </div>
            )}
          </ItemsEditor>
        </section>

        <InvitedPartnerships
          value={values.invited}
          onChange={(invited) => set({ invited }, 'invitedPartnershipIds')}
          error={error('invitedPartnershipIds')}
        />

        <FormActions submitLabel={submitLabel} pending={form.pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}
