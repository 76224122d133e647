import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_REPORT_SECTIONS, type ConsolidatedReportDto, type ProgrammeReportSection } from '@mic/domain';
import { ConflictAlert } from '../../components/ConflictAlert';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { SuccessAlert } from '../../components/SuccessAlert';
import { errorText } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { useSaveNarrative } from './consolidated-api';
import { NARRATIVE_LANGUAGES, NARRATIVE_MAX, narrativeControlId, toNarrative, valuesOfNarrative, type NarrativeLanguage, type NarrativeValues } from './narrative-form';

interface Props {
  report: ConsolidatedReportDto;
  reload: () => Promise<unknown>;
}

/** The programme office's narrative: read in the interface language (English or Norwegian), edited in both. */
export function NarrativeSection({ report, reload }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const mutation = useSaveNarrative(report.fundingSource, report.year);
  const save = useVersionedSave(mutation, reload, report.version);
  const [editing, setEditing] = useState(false);
  const readLang: NarrativeLanguage = lang === 'nb' ? 'nb' : 'en';
  const other: NarrativeLanguage = readLang === 'nb' ? 'en' : 'nb';
  // A successful save closes the form (a conflict keeps it open, with the text as written).
  const showForm = editing && !save.justSaved;

  const startEditing = () => {
    save.reset();
    setEditing(true);
    setTimeout(() => document.getElementById(narrativeControlId('summary', 'en'))?.focus());
  };

  return (
    <section aria-labelledby="narrative-heading" className="section">
      <Heading level={2} data-size="sm" id="narrative-heading">
        {t('consolidated.narrative.heading')}
      </Heading>
      {report.updatedAt && (
        <Paragraph data-size="sm" className="subtle">
          {report.updatedByName
            ? t('consolidated.narrative.updatedBy', { name: report.updatedByName, at: formatDateTime(report.updatedAt, lang) })
            : t('consolidated.narrative.updated', { at: formatDateTime(report.updatedAt, lang) })}
        </Paragraph>
      )}
      {save.conflict && (
        <ConflictAlert
          onReload={() => {
            void save.reload();
          }}
          reloadLabel={t('consolidated.narrative.reload')}
        />
      )}
      {save.justSaved && <SuccessAlert>{t('consolidated.narrative.saved')}</SuccessAlert>}
      {showForm ? (
        <NarrativeForm
          key={save.formKey}
          initial={valuesOfNarrative(report.narrative)}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await save.submit({ version: report.version, narrative: toNarrative(values) });
          }}
        />
      ) : (
        <>
          {report.can.edit && (
            <Button variant="secondary" onClick={startEditing}>
              {t('consolidated.narrative.edit')}
            </Button>
          )}
          {PROGRAMME_REPORT_SECTIONS.map((s) => {
            const own = report.narrative[s]?.[readLang];
            const fallback = report.narrative[s]?.[other];
            return (
              <div key={s} className="narrative-section">
                <Heading level={3} data-size="xs">
                  {t(`consolidated.sections.${s}`)}
                </Heading>
                {own ? (
                  <Paragraph className="pre-line">{own}</Paragraph>
                ) : fallback ? (
                  <>
                    <Paragraph data-size="sm" className="subtle">
                      {t('consolidated.narrative.onlyIn', { language: t(`consolidated.languages.${other}`) })}
                    </Paragraph>
                    <Paragraph className="pre-line" lang={other === 'nb' ? 'nb' : 'en'}>
                      {fallback}
                    </Paragraph>
                  </>
                ) : (
                  <Paragraph className="subtle">{t('consolidated.narrative.empty')}</Paragraph>
                )}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

interface FormProps {
  initial: NarrativeValues;
  onSubmit: (values: NarrativeValues) => Promise<void>;
  onCancel: () => void;
}

function NarrativeForm({ initial, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const tooLong = (s: ProgrammeReportSection, l: NarrativeLanguage) => values[s][l].length > NARRATIVE_MAX;
  const set = (s: ProgrammeReportSection, l: NarrativeLanguage, text: string) => setValues((v) => ({ ...v, [s]: { ...v[s], [l]: text } }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problems: SummaryItem[] = [];
    for (const s of PROGRAMME_REPORT_SECTIONS)
      for (const l of NARRATIVE_LANGUAGES)
        if (tooLong(s, l)) problems.push({ message: t('consolidated.narrative.tooLong', { section: t(`consolidated.sections.${s}`), language: t(`consolidated.languages.${l}`), max: NARRATIVE_MAX }), targetId: narrativeControlId(s, l) });
    setSummary(problems);
    if (problems.length) return;
    setPending(true);
    try {
      // A conflict is shown above the form; anything else is listed here.
      await onSubmit(values);
    } catch (e) {
      setSummary([{ message: errorText(t, e) }]);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack narrative-form">
        {PROGRAMME_REPORT_SECTIONS.map((s) => (
          <Fieldset key={s}>
            <Fieldset.Legend>{t(`consolidated.sections.${s}`)}</Fieldset.Legend>
            <Fieldset.Description>{t(`consolidated.sectionHints.${s}`)}</Fieldset.Description>
            {NARRATIVE_LANGUAGES.map((l) => (
              <Textfield
                key={l}
                id={narrativeControlId(s, l)}
                label={t('consolidated.narrative.inLanguage', { section: t(`consolidated.sections.${s}`), language: t(`consolidated.languages.${l}`) })}
                lang={l}
                multiline
                rows={4}
                value={values[s][l]}
                onChange={(e) => set(s, l, e.target.value)}
                error={tooLong(s, l) ? t('consolidated.narrative.tooLongShort', { max: NARRATIVE_MAX }) : undefined}
              />
            ))}
          </Fieldset>
        ))}
        <div className="form-actions">
          <Button type="submit" loading={pending}>
            {t('consolidated.narrative.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
