import { useState, type FormEvent } from 'react';
import { Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../components/FormActions';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField, type Option } from '../../components/SelectField';
import { useFormErrors } from '../../lib/useFormErrors';
import { MeetingListsFields } from './MeetingListsFields';
import { MEETING_FIELDS, meetingControlId, meetingFieldOf, meetingTarget, toMeetingInput, validateMeeting, type MeetingField, type MeetingFormValues } from './meeting-form';
import type { MeetingInput } from './meetings-api';

interface Props {
  partnershipId: string;
  initial: MeetingFormValues;
  /** The partnership's annual meeting minutes to choose from. */
  minutesOptions: Option[];
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: MeetingInput) => Promise<unknown>;
}

/**
 * An annual meeting: when and where, who took part, the progress reviewed, the decisions taken and
 * the minutes. Errors show once a field has been changed or after a submit; the server's own (a
 * date outside the project period, minutes of another partnership) come back at the field.
 */
export function MeetingForm({ partnershipId, initial, minutesOptions, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormErrors<MeetingField>({ order: MEETING_FIELDS, targetOf: meetingTarget, fieldOf: meetingFieldOf });
  const live = validateMeeting(t, values);
  const error = (f: MeetingField) => form.shown(live, f) || undefined;
  const set = (changes: Partial<MeetingFormValues>, field: MeetingField) => {
    setValues((v) => ({ ...v, ...changes }));
    form.touch(field);
  };
  const handleSubmit = (event: FormEvent) => form.submit(event, live, () => onSubmit(toMeetingInput(values)));

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <section aria-labelledby="mf-when-heading" className="form-section">
          <Heading level={2} data-size="sm" id="mf-when-heading">
            {t('meetings.form.when')}
          </Heading>
          <Textfield
            id={meetingControlId('meetingDate')}
            label={t('meetings.fields.date')}
            type="date"
            value={values.meetingDate}
            onChange={(e) => set({ meetingDate: e.target.value }, 'meetingDate')}
            error={error('meetingDate')}
          />
          <Textfield
            id={meetingControlId('place')}
            label={t('meetings.fields.place')}
            value={values.place}
            onChange={(e) => set({ place: e.target.value }, 'place')}
            error={error('place')}
          />
        </section>
        <MeetingListsFields values={values} set={set} error={error} />
        <section aria-labelledby="mf-progress-heading" className="form-section">
          <Heading level={2} data-size="sm" id="mf-progress-heading">
            {t('meetings.form.review')}
          </Heading>
          <Textfield
            id={meetingControlId('progressReviewed')}
            label={t('meetings.fields.progressReviewed')}
            description={t('meetings.form.progressHint')}
            multiline
            rows={5}
            value={values.progressReviewed}
            onChange={(e) => set({ progressReviewed: e.target.value }, 'progressReviewed')}
            error={error('progressReviewed')}
          />
          <Fieldset>
            <Fieldset.Legend>{t('meetings.fields.minutes')}</Fieldset.Legend>
            <SelectField
              id={meetingControlId('minutesDocumentId')}
              label={t('meetings.form.minutesDocument')}
              description={t('meetings.form.minutesHint')}
              value={values.minutesDocumentId}
              onChange={(v) => set({ minutesDocumentId: v }, 'minutesDocumentId')}
              options={[{ value: '', label: t('meetings.form.noMinutes') }, ...minutesOptions]}
              error={error('minutesDocumentId')}
            />
            <p>
              <RouterLink to={`/partnerships/${partnershipId}/documents`}>{t('meetings.form.uploadMinutes')}</RouterLink>
            </p>
          </Fieldset>
        </section>
        <FormActions submitLabel={submitLabel} pending={form.pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}
