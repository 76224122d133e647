import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_CRITERIA, APPRAISAL_RECOMMENDATIONS, type ApplicationDto, type AppraisalItem, type AppraisalRecommendation } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useSaveAppraisal } from '../applications-api';
import { metLabel } from './AppraisalView';

/** Every criterion of the guideline, with what has been judged so far. */
export function appraisalItems(app: ApplicationDto): AppraisalItem[] {
  return APPRAISAL_CRITERIA.map(
    (criterion) => app.appraisal?.items.find((i) => i.criterion === criterion) ?? { criterion, met: null, comment: '', forApplicant: false },
  );
}

const MET_CHOICES = [true, false, null] as const;

/**
 * The programme office's appraisal checklist: each criterion met, not met or not yet judged, with a
 * comment that may be shown to the applicants; a recommendation and an internal note.
 */
export function AppraisalForm({ app, reload }: { app: ApplicationDto; reload: () => Promise<ApplicationDto | undefined> }) {
  const { t } = useTranslation();
  const save = useSaveAppraisal(app.id);
  const [items, setItems] = useState(() => appraisalItems(app));
  const [recommendation, setRecommendation] = useState<AppraisalRecommendation | ''>(app.appraisal?.recommendation ?? '');
  const [internalNote, setInternalNote] = useState(app.appraisal?.internalNote ?? '');
  const conflict = isApiError(save.error) && save.error.status === 409;

  const loadLatest = async () => {
    const latest = await reload();
    if (latest) {
      setItems(appraisalItems(latest));
      setRecommendation(latest.appraisal?.recommendation ?? '');
      setInternalNote(latest.appraisal?.internalNote ?? '');
    }
    save.reset();
  };
  const update = (index: number, changes: Partial<AppraisalItem>) => {
    save.reset();
    setItems((list) => list.map((x, i) => (i === index ? { ...x, ...changes } : x)));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ items, recommendation: recommendation || null, internalNote: internalNote.trim(), version: app.appraisal?.version ?? 1 });
  };

  return (
    <section aria-labelledby="appraisal-heading" className="section appraisal">
      <Heading level={2} data-size="sm" id="appraisal-heading">
        {t('applications.appraisal.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('applications.appraisal.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        {items.map((item, i) => (
          <Fieldset key={item.criterion} className="item-card">
            <Fieldset.Legend>{t(`applications.criteria.${item.criterion}`)}</Fieldset.Legend>
            <div className="radio-row">
              {MET_CHOICES.map((met) => (
                <Radio
                  key={String(met)}
                  id={`ap-${item.criterion}-${metLabel(met)}`}
                  name={`ap-${item.criterion}`}
                  value={metLabel(met)}
                  label={t(`applications.appraisal.${metLabel(met)}`)}
                  checked={item.met === met}
                  onChange={() => update(i, { met })}
                />
              ))}
            </div>
            <Textfield
              id={`ap-${item.criterion}-comment`}
              label={t('applications.appraisal.comment')}
              multiline
              rows={2}
              value={item.comment}
              onChange={(e) => update(i, { comment: e.target.value })}
            />
            <Checkbox
              id={`ap-${item.criterion}-forApplicant`}
              label={t('applications.appraisal.forApplicant')}
              checked={item.forApplicant}
              onChange={(e) => update(i, { forApplicant: e.target.checked })}
            />
          </Fieldset>
        ))}
        <SelectField
          id="ap-recommendation"
          label={t('applications.appraisal.recommendation')}
          placeholder={t('applications.appraisal.noRecommendation')}
          value={recommendation}
          onChange={(v) => {
            save.reset();
            setRecommendation(v as AppraisalRecommendation | '');
          }}
          options={APPRAISAL_RECOMMENDATIONS.map((r) => ({ value: r, label: t(`applications.recommendations.${r}`) }))}
        />
        <Textfield
          id="ap-internalNote"
          label={t('applications.appraisal.internalNote')}
          description={t('applications.appraisal.internalNoteHint')}
          multiline
          rows={3}
          value={internalNote}
          onChange={(e) => {
            save.reset();
            setInternalNote(e.target.value);
          }}
        />
        <div className="form-actions">
          <Button type="submit" loading={save.isPending}>
            {t('applications.appraisal.save')}
          </Button>
        </div>
        {save.isSuccess && <SuccessAlert focus={false}>{t('applications.appraisal.saved')}</SuccessAlert>}
        {conflict ? (
          <Alert data-color="warning">
            <Paragraph>{t('applications.form.conflict')}</Paragraph>
            <Button variant="secondary" data-size="sm" className="alert-action" onClick={() => void loadLatest()}>
              {t('applications.form.loadLatest')}
            </Button>
          </Alert>
        ) : (
          save.isError && <ErrorAlert error={save.error} />
        )}
      </form>
    </section>
  );
}
