import { Button, Fieldset, Heading, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { MEETING_DECISION_KINDS } from './meetings-api';
import { MAX_DECISIONS, meetingControlId, newDecision, newParticipant, type MeetingField, type MeetingFormValues } from './meeting-form';

interface Props {
  values: MeetingFormValues;
  set: (changes: Partial<MeetingFormValues>, field: MeetingField) => void;
  error: (field: MeetingField) => string | undefined;
}

/** Moves focus to a control once React has drawn it (after adding or removing a row). */
const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus());

/** The repeatable parts of a meeting: its participants (name, organisation) and its decisions (kind, text). */
export function MeetingListsFields({ values, set, error }: Props) {
  const { t } = useTranslation();
  const { participants, decisions } = values;
  const setParticipants = (next: MeetingFormValues['participants']) => set({ participants: next }, 'participants');
  const setDecisions = (next: MeetingFormValues['decisions']) => set({ decisions: next }, 'decisions');

  return (
    <>
      <section aria-labelledby="mf-participants-heading" className="form-section">
        <Heading level={2} data-size="sm" id="mf-participants-heading">
          {t('meetings.fields.participants')}
        </Heading>
        {error('participants') && <ValidationMessage>{error('participants')}</ValidationMessage>}
        {participants.map((p, i) => (
          <Fieldset key={p.key} className="item-card">
            <Fieldset.Legend>{t('meetings.form.participantN', { n: i + 1 })}</Fieldset.Legend>
            <div className="year-row">
              <Textfield
                id={meetingControlId(`participants.${i}.name`)}
                label={t('meetings.fields.name')}
                value={p.name}
                onChange={(e) => setParticipants(participants.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
              />
              <Textfield
                id={meetingControlId(`participants.${i}.organisation`)}
                label={t('meetings.fields.organisation')}
                description={t('meetings.form.organisationHint')}
                value={p.organisation}
                onChange={(e) => setParticipants(participants.map((x, j) => (j === i ? { ...x, organisation: e.target.value } : x)))}
              />
            </div>
            {participants.length > 1 && (
              <Button
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => {
                  setParticipants(participants.filter((_, j) => j !== i));
                  focusLater(meetingControlId('add-participant'));
                }}
              >
                {t('meetings.form.removeParticipant', { n: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        <div className="button-row">
          <Button
            id={meetingControlId('add-participant')}
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setParticipants([...participants, newParticipant()]);
              focusLater(meetingControlId(`participants.${participants.length}.name`));
            }}
          >
            {t('meetings.form.addParticipant')}
          </Button>
        </div>
      </section>
      <section aria-labelledby="mf-decisions-heading" className="form-section" id={meetingControlId('decisions-list')} tabIndex={-1}>
        <Heading level={2} data-size="sm" id="mf-decisions-heading">
          {t('meetings.fields.decisions')}
        </Heading>
        {error('decisions') && <ValidationMessage>{error('decisions')}</ValidationMessage>}
        {decisions.length === 0 && <p>{t('meetings.form.noDecisions')}</p>}
        {decisions.map((d, i) => (
          <Fieldset key={d.key} className="item-card">
            <Fieldset.Legend>{t('meetings.form.decisionN', { n: i + 1 })}</Fieldset.Legend>
            <SelectField
              id={meetingControlId(`decisions.${i}.kind`)}
              label={t('meetings.fields.kind')}
              placeholder={t('common.choose')}
              value={d.kind}
              onChange={(v) => setDecisions(decisions.map((x, j) => (j === i ? { ...x, kind: v as typeof d.kind } : x)))}
              options={MEETING_DECISION_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
            />
            <Textfield
              id={meetingControlId(`decisions.${i}.text`)}
              label={t('meetings.fields.decisionText')}
              multiline
              rows={2}
              value={d.text}
              onChange={(e) => setDecisions(decisions.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
            />
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => {
                setDecisions(decisions.filter((_, j) => j !== i));
                focusLater(meetingControlId('add-decision'));
              }}
            >
              {t('meetings.form.removeDecision', { n: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        {decisions.length < MAX_DECISIONS && (
          <div className="button-row">
            <Button
              id={meetingControlId('add-decision')}
              variant="secondary"
              data-size="sm"
              onClick={() => {
                setDecisions([...decisions, newDecision()]);
                focusLater(meetingControlId(`decisions.${decisions.length}.kind`));
              }}
            >
              {t('meetings.form.addDecision')}
            </Button>
          </div>
        )}
      </section>
    </>
  );
}
