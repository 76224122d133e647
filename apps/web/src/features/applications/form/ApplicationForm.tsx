import { useState, type FormEvent } from 'react';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_SIDES, type ApplicationDto, type MunicipalitySide, type ProgrammeDto } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useFormErrors } from '../../../lib/useFormErrors';
import { PurposesFieldset } from '../../partnerships/form/PurposesFieldset';
import { purposeId } from '../../partnerships/form/form-state';
import { useSaveApplication } from '../applications-api';
import { ApplicationSectionBlock } from '../ApplicationSectionBlock';
import { OtherDonorsFields } from './OtherDonorsFields';
import {
  applicationFieldOf,
  applicationFields,
  applicationTarget,
  controlId,
  PRINCIPLE_TEXTS,
  toContent,
  validateApplication,
  valuesOfApplication,
  type ApplicationFormValues,
} from './application-form';

interface Props {
  app: ApplicationDto;
  programme: ProgrammeDto;
  /** The two municipalities' names, for the core tasks of each. */
  names: Record<MunicipalitySide, string>;
  /** Fetches the application again (after a conflict); resolves with the latest one. */
  reload: () => Promise<ApplicationDto | undefined>;
}

/**
 * The application's written sections as a form, for its coordinators while it is a draft or returned.
 * Saving sends the version it was loaded with; someone else's save in between is reported with a way
 * to load the latest. Missing answers are not errors here: the completeness panel lists them.
 */
export function ApplicationForm({ app, programme, names, reload }: Props) {
  const { t } = useTranslation();
  const save = useSaveApplication(app.id);
  const [values, setValues] = useState<ApplicationFormValues>(() => valuesOfApplication(app));
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const purposeIds = programme.purposes.map((p) => purposeId(p.code));
  const form = useFormErrors<string>({ order: applicationFields(values), targetOf: applicationTarget(purposeIds), fieldOf: applicationFieldOf(values) });
  const live = validateApplication(t, values, programme.maxPurposes);
  const error = (f: string) => form.shown(live, f) || undefined;
  const confirmed = !!(app.confirmations.home || app.confirmations.partner);

  const set = (changes: Partial<ApplicationFormValues>, field: string) => {
    setValues((v) => ({ ...v, ...changes }));
    setSaved(false);
    form.touch(field);
  };
  const text = (field: string, value: string, label: string, setValue: (s: string) => void, description?: string) => (
    <Textfield
      id={controlId(field)}
      label={label}
      description={description}
      multiline
      rows={4}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      error={error(field)}
    />
  );

  const onSubmit = (event: FormEvent) =>
    form.submit(event, live, async () => {
      setSaved(false);
      try {
        await save.mutateAsync({ content: toContent(values), version: app.version });
        setConflict(false);
        setSaved(true);
      } catch (e) {
        if (isApiError(e) && e.status === 409) setConflict(true);
        throw e;
      }
    });
  const loadLatest = async () => {
    const latest = await reload();
    if (latest) setValues(valuesOfApplication(latest));
    setConflict(false);
  };

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      {conflict && (
        <Alert data-color="warning" className="page-alert">
          <Paragraph>{t('applications.form.conflict')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => void loadLatest()} className="alert-action">
            {t('applications.form.loadLatest')}
          </Button>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-label={t('applications.form.label')}>
        <ApplicationSectionBlock section="summary">
          {text('summary', values.summary, t('applications.form.summary'), (summary) => set({ summary }, 'summary'), t('applications.form.summaryHint'))}
        </ApplicationSectionBlock>
        <ApplicationSectionBlock section="purposes">
          <PurposesFieldset programme={programme} value={values.purposes} onChange={(purposes) => set({ purposes }, 'purposes')} error={error('purposes')} />
        </ApplicationSectionBlock>
        <ApplicationSectionBlock section="core_tasks">
          {MUNICIPALITY_SIDES.map((side) => (
            <div key={side}>
              {text(`coreTasks.${side}`, values.coreTasks[side], t(`applications.form.coreTasks.${side}`, { name: names[side] }), (s) =>
                set({ coreTasks: { ...values.coreTasks, [side]: s } }, `coreTasks.${side}`),
              )}
            </div>
          ))}
        </ApplicationSectionBlock>
        <ApplicationSectionBlock section="principles">
          {PRINCIPLE_TEXTS.map((p) => (
            <div key={p}>
              {text(
                `principles.${p}`,
                values.principles[p],
                t(`applications.principles.${p}`),
                (s) => set({ principles: { ...values.principles, [p]: s } }, `principles.${p}`),
                t(`applications.principleHints.${p}`),
              )}
            </div>
          ))}
          <OtherDonorsFields rows={values.otherDonors} onChange={(otherDonors, f) => set({ otherDonors }, f ?? 'principles.otherDonors')} error={error} />
        </ApplicationSectionBlock>
        <ApplicationSectionBlock section="strategic_goals">
          {text('strategicGoals', values.strategicGoals, t('applications.form.strategicGoals'), (strategicGoals) => set({ strategicGoals }, 'strategicGoals'))}
        </ApplicationSectionBlock>
        <ApplicationSectionBlock section="budget">
          <Paragraph data-size="sm">{t('applications.form.budgetHint')}</Paragraph>
          <div className="year-row">
            {values.budget.map((b, i) => (
              <Textfield
                key={b.year}
                id={controlId(`budget.${b.year}`)}
                label={t('applications.form.budgetYear', { year: b.year })}
                inputMode="decimal"
                value={b.amount}
                onChange={(e) => set({ budget: values.budget.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)) }, `budget.${b.year}`)}
                error={error(`budget.${b.year}`)}
              />
            ))}
          </div>
        </ApplicationSectionBlock>
        {confirmed && <Paragraph data-size="sm">{t('applications.form.clearsConfirmations')}</Paragraph>}
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('applications.form.save')}
          </Button>
        </div>
        {saved && <SuccessAlert focus={false}>{t('applications.form.saved')}</SuccessAlert>}
      </form>
    </>
  );
}

