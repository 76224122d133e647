import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '@mic/domain';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { errorText } from '../../lib/errors';
import { isApiError, isVersionConflict } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { useSaveProgramme } from './programme-api';
import { controlId, formValuesOf, nearestControl, toProgrammeInput, validateProgramme, type ProgrammeFormValues } from './programme-form';
import { LocalizedFields } from './LocalizedFields';
import { ProgrammeLists } from './ProgrammeLists';

interface Props {
  programme: ProgrammeDto;
  onSaved: () => void;
  /** Loads the current version after a conflict (and starts the form again from it). */
  onReload: () => void;
  justSaved: boolean;
}

export function ProgrammeForm({ programme, onSaved, onReload, justSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveProgramme();
  const [values, setValues] = useState<ProgrammeFormValues>(() => formValuesOf(programme));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const set = (changes: Partial<ProgrammeFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const toItems = (e: Record<string, string>, general: string[] = []): SummaryItem[] => [
    ...general.map((message) => ({ message })),
    ...Object.entries(e).map(([path, message]) => ({ message, targetId: nearestControl(path) })),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = validateProgramme(t, values);
    setErrors(found);
    if (Object.keys(found).length) return setSummary(toItems(found));
    setSummary([]);
    save.mutate(toProgrammeInput(values, programme.version), {
      onSuccess: onSaved,
      onError: (error) => {
        // Someone else saved first: the alert says so; what the user typed stays in the form.
        if (isVersionConflict(error)) return;
        const byPath: Record<string, string> = {};
        const general: string[] = [];
        for (const e of isApiError(error) ? error.errors : []) {
          if (e.field && !byPath[e.field]) byPath[e.field] = e.message;
          else if (!e.field) general.push(e.message);
        }
        setErrors(byPath);
        setSummary(toItems(byPath, Object.keys(byPath).length || general.length ? general : [errorText(t, error)]));
      },
    });
  };

  return (
    <>
      {justSaved && <SuccessAlert>{t('programmeForm.saved')}</SuccessAlert>}
      {isVersionConflict(save.error) && <ConflictAlert onReload={onReload} />}
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <section aria-labelledby="ps-general-heading" className="form-section">
          <Heading level={2} data-size="sm" id="ps-general-heading">
            {t('programmeForm.general')}
          </Heading>
          <Paragraph data-size="sm">{t('programmeForm.code', { code: values.code })}</Paragraph>
          <LocalizedFields path="name" label={t('programmeForm.name')} value={values.name} onChange={(name) => set({ name })} errors={errors} />
          <LocalizedFields path="goal" label={t('programmeForm.goal')} value={values.goal} onChange={(goal) => set({ goal })} errors={errors} multiline />
        </section>
        <section aria-labelledby="ps-rules-heading" className="form-section">
          <Heading level={2} data-size="sm" id="ps-rules-heading">
            {t('programmeForm.rules')}
          </Heading>
          <div className="year-row">
            <Textfield
              id={controlId('maxPurposes')}
              label={t('programmeForm.maxPurposes')}
              inputMode="numeric"
              value={values.maxPurposes}
              onChange={(e) => set({ maxPurposes: e.target.value })}
              error={errors.maxPurposes}
            />
            <Textfield
              id={controlId('projectYears')}
              label={t('programmeForm.projectYears')}
              inputMode="numeric"
              value={values.projectYears}
              onChange={(e) => set({ projectYears: e.target.value })}
              error={errors.projectYears}
            />
          </div>
          <Textfield
            id={controlId('workingLanguages')}
            label={t('programmeForm.workingLanguages')}
            description={t('programmeForm.workingLanguagesHint')}
            value={values.workingLanguages}
            onChange={(e) => set({ workingLanguages: e.target.value })}
            error={errors.workingLanguages}
          />
        </section>
        <ProgrammeLists values={values} set={set} errors={errors} />
        <div className="form-actions">
          <Button type="submit" loading={save.isPending}>
            {t('programmeForm.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
