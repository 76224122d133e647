import type { TFunction } from 'i18next';

/** One section in the form; `key` keeps React's rows (and focus) with the section as it moves. */
export interface SectionValues {
  key: number;
  heading: string;
  body: string;
}

export interface TemplateValues {
  title: string;
  sections: SectionValues[];
}

/** 'title', 'sections' (none left) or `sections.{i}.heading` / `sections.{i}.body`. */
export type TemplateField = string;

let nextKey = 1;
export const newSection = (heading = '', body = ''): SectionValues => ({ key: nextKey++, heading, body });

export const headingField = (i: number) => `sections.${i}.heading`;
export const bodyField = (i: number) => `sections.${i}.body`;

export const templateControlId = (field: TemplateField) =>
  field === 'sections' ? 'template-add-section' : `template-${field.replace(/\./g, '-')}`;

export const templateFieldOrder = (values: TemplateValues): TemplateField[] => [
  'title',
  'sections',
  ...values.sections.flatMap((_, i) => [headingField(i), bodyField(i)]),
];

/** A server error's field path (`title`, `sections.2.heading`, `sections`) to the form's field. */
export function fieldOfPath(path: string): TemplateField | '' {
  if (path === 'title' || path === 'sections') return path;
  const m = /^sections\.(\d+)\.(heading|body)$/.exec(path);
  return m ? `sections.${m[1]}.${m[2]}` : '';
}

const MAX_TITLE = 300;
const MAX_BODY = 10_000;
export const MAX_SECTIONS = 40;

/** The checks the server makes (agreements.contract.ts), in the reader's words. */
export function validateTemplate(t: TFunction, values: TemplateValues): Partial<Record<TemplateField, string>> {
  const errors: Partial<Record<TemplateField, string>> = {};
  if (!values.title.trim()) errors.title = t('agreements.template.titleRequired');
  else if (values.title.trim().length > MAX_TITLE) errors.title = t('agreements.template.tooLong', { max: MAX_TITLE });
  if (values.sections.length === 0) errors.sections = t('agreements.template.sectionsRequired');
  values.sections.forEach((s, i) => {
    if (!s.heading.trim()) errors[headingField(i)] = t('agreements.template.headingRequired');
    else if (s.heading.trim().length > MAX_TITLE) errors[headingField(i)] = t('agreements.template.tooLong', { max: MAX_TITLE });
    if (s.body.trim().length > MAX_BODY) errors[bodyField(i)] = t('agreements.template.tooLong', { max: MAX_BODY });
  });
  return errors;
}
