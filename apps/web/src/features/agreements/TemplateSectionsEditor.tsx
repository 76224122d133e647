import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MAX_SECTIONS, bodyField, headingField, newSection, templateControlId, type SectionValues, type TemplateField } from './template-form';

interface Props {
  sections: SectionValues[];
  onChange: (sections: SectionValues[], field?: TemplateField) => void;
  errorAt: (field: TemplateField) => string | undefined;
}

/** Focuses a control once React has drawn the list again (after a move, a removal or an addition). */
const focusLater = (id: string, fallbackId?: string) =>
  requestAnimationFrame(() => {
    const el = document.getElementById(id) as HTMLButtonElement | null;
    if (el && !el.disabled) el.focus();
    else if (fallbackId) document.getElementById(fallbackId)?.focus();
  });

const moveId = (i: number, dir: 'up' | 'down') => `template-section-${i}-${dir}`;

/** The template's sections as an ordered list: heading and body each, with add, remove and move up/down. */
export function SectionsEditor({ sections, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const last = sections.length - 1;

  const set = (i: number, changes: Partial<SectionValues>, field: TemplateField) =>
    onChange(sections.map((s, j) => (j === i ? { ...s, ...changes } : s)), field);
  const move = (i: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? i - 1 : i + 1;
    const next = [...sections];
    [next[i], next[to]] = [next[to]!, next[i]!];
    onChange(next);
    focusLater(moveId(to, dir), moveId(to, dir === 'up' ? 'down' : 'up'));
  };
  const remove = (i: number) => {
    onChange(sections.filter((_, j) => j !== i), 'sections');
    focusLater(templateControlId(headingField(Math.max(0, i - 1))), templateControlId('sections'));
  };
  const add = () => {
    onChange([...sections, newSection()], 'sections');
    focusLater(templateControlId(headingField(sections.length)));
  };

  return (
    <section aria-labelledby="template-sections-heading" className="form-section">
      <Heading level={2} data-size="sm" id="template-sections-heading">
        {t('agreements.template.sections')}
      </Heading>
      <ol className="plain-list form-stack">
        {sections.map((s, i) => {
          const n = i + 1;
          const headingId = `template-section-${i}-title`;
          return (
            <li key={s.key}>
              <section aria-labelledby={headingId} className="form-stack">
                <Heading level={3} data-size="xs" id={headingId}>
                  {t('agreements.template.section', { n })}
                </Heading>
                <Textfield
                  id={templateControlId(headingField(i))}
                  label={t('agreements.template.sectionHeading', { n })}
                  autoComplete="off"
                  value={s.heading}
                  onChange={(e) => set(i, { heading: e.target.value }, headingField(i))}
                  error={errorAt(headingField(i))}
                />
                <Textfield
                  id={templateControlId(bodyField(i))}
                  label={t('agreements.template.sectionBody', { n })}
                  multiline
                  rows={6}
                  value={s.body}
                  onChange={(e) => set(i, { body: e.target.value }, bodyField(i))}
                  error={errorAt(bodyField(i))}
                />
                <div className="form-actions">
                  <Button type="button" variant="secondary" data-size="sm" id={moveId(i, 'up')} disabled={i === 0} onClick={() => move(i, 'up')}>
                    {t('agreements.template.moveUp', { n })}
                  </Button>
                  <Button type="button" variant="secondary" data-size="sm" id={moveId(i, 'down')} disabled={i === last} onClick={() => move(i, 'down')}>
                    {t('agreements.template.moveDown', { n })}
                  </Button>
                  <Button type="button" variant="tertiary" data-size="sm" data-color="danger" disabled={sections.length <= 1} onClick={() => remove(i)}>
                    {t('agreements.template.remove', { n })}
                  </Button>
                </div>
              </section>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <Button type="button" variant="secondary" id={templateControlId('sections')} disabled={sections.length >= MAX_SECTIONS} onClick={add}>
          {t('agreements.template.add')}
        </Button>
      </div>
    </section>
  );
}
