import type { TFunction } from 'i18next';
import { LANGUAGES, type EventDetailDto, type EventInput, type EventStatus, type EventType, type LocalizedText } from '@mic/domain';
import { controlId, emptyTexts, newKey, type Texts } from '../../programme/programme-form';

export interface MaterialRow {
  key: string;
  title: string;
  url: string;
}

/** What the event form holds, as typed. */
export interface EventFormValues {
  type: EventType | '';
  title: Texts;
  description: Texts;
  /** The date is not known yet: "to be announced". */
  tba: boolean;
  date: string;
  endDate: string;
  startTime: string;
  place: string;
  onlineUrl: string;
  materials: MaterialRow[];
  invited: { id: string; title: string }[];
  status: EventStatus;
}

/** The server's limit on materials (events.contract.ts). */
export const MAX_MATERIALS = 20;

export const newMaterial = (): MaterialRow => ({ key: newKey(), title: '', url: '' });

export function emptyEvent(): EventFormValues {
  return {
    type: '',
    title: emptyTexts(),
    description: emptyTexts(),
    tba: false,
    date: '',
    endDate: '',
    startTime: '',
    place: '',
    onlineUrl: '',
    materials: [],
    invited: [],
    status: 'planned',
  };
}

const texts = (t: LocalizedText): Texts => ({ en: t.en ?? '', nb: t.nb ?? '', es: t.es ?? '' });
const localized = (t: Texts): LocalizedText =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v));

export function valuesOfEvent(e: EventDetailDto): EventFormValues {
  return {
    type: e.type,
    title: texts(e.title),
    description: texts(e.description),
    tba: !e.date,
    date: e.date ?? '',
    endDate: e.endDate ?? '',
    startTime: e.startTime ?? '',
    place: e.place ?? '',
    onlineUrl: e.onlineUrl ?? '',
    materials: e.materials.map((m) => ({ ...newMaterial(), title: m.title, url: m.url })),
    invited: e.invitedPartnerships,
    status: e.status,
  };
}

/** The request body: trimmed, empty as null, and no dates when the date is to be announced. */
export function toEventInput(v: EventFormValues): EventInput {
  const orNull = (s: string) => s.trim() || null;
  return {
    type: v.type as EventType,
    title: localized(v.title),
    description: localized(v.description),
    date: v.tba ? null : v.date || null,
    endDate: v.tba ? null : v.endDate || null,
    startTime: v.tba ? null : v.startTime || null,
    place: orNull(v.place),
    onlineUrl: orNull(v.onlineUrl),
    materials: v.materials.map((m) => ({ title: m.title.trim(), url: m.url.trim() })),
    status: v.status,
    invitedPartnershipIds: v.invited.map((p) => p.id),
  };
}

const perLanguage = (field: string) => [field, ...LANGUAGES.map((l) => `${field}.${l}`)];
const SIMPLE_FIELDS = ['type', 'status', ...perLanguage('title'), ...perLanguage('description'), 'date', 'endDate', 'startTime', 'place', 'onlineUrl'];

/** The fields in form order (and so in the error summary's order), each material's two included. */
export function eventFields(v: EventFormValues): string[] {
  return [...SIMPLE_FIELDS, ...v.materials.flatMap((_, i) => [`materials.${i}.title`, `materials.${i}.url`]), 'materials', 'invitedPartnershipIds'];
}

/** The control an error summary entry goes to; a title or description error goes to its English field. */
export function eventTarget(field: string): string {
  if (field === 'title' || field === 'description') return controlId(`${field}.en`);
  return controlId(field);
}

/** A server problem's field path → the form's field ("materials.2.url" stays, "invitedPartnershipIds.1" → the list). */
export function eventFieldOf(path: string): string {
  const [head = '', index, leaf] = path.split('.');
  if (head === 'materials') return index !== undefined && (leaf === 'title' || leaf === 'url') ? `materials.${index}.${leaf}` : 'materials';
  if (head === 'invitedPartnershipIds') return head;
  if (SIMPLE_FIELDS.includes(path)) return path;
  return SIMPLE_FIELDS.includes(head) ? head : '';
}

/** The fields of the materials that an edit changed ("materials.1.url"); none when one was added or removed. */
export function changedMaterialFields(before: MaterialRow[], after: MaterialRow[]): string[] {
  if (before.length !== after.length) return [];
  return after.flatMap((m, i) => (['title', 'url'] as const).filter((f) => before[i]?.key === m.key && before[i][f] !== m[f]).map((f) => `materials.${i}.${f}`));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** What the form can tell before asking the server: field → message. */
export function validateEvent(t: TFunction, v: EventFormValues): Record<string, string> {
  const e: Record<string, string> = {};
  if (!v.type) e.type = t('events.form.typeRequired');
  if (!LANGUAGES.some((l) => v.title[l].trim())) e.title = t('errors.EVENT_TITLE_REQUIRED');
  if (!v.tba) {
    if (!DATE.test(v.date)) e.date = t('events.form.dateRequired');
    else if (v.endDate && v.endDate < v.date) e.endDate = t('errors.DATES_INVALID');
    if (v.startTime && !TIME.test(v.startTime)) e.startTime = t('events.form.timeInvalid');
  }
  if (v.onlineUrl.trim() && !isWebAddress(v.onlineUrl.trim())) e.onlineUrl = t('events.form.urlInvalid');
  v.materials.forEach((m, i) => {
    if (!m.title.trim()) e[`materials.${i}.title`] = t('events.form.materialTitleRequired');
    if (!m.url.trim()) e[`materials.${i}.url`] = t('events.form.materialUrlRequired');
    else if (!isWebAddress(m.url.trim())) e[`materials.${i}.url`] = t('events.form.urlInvalid');
  });
  if (v.materials.length > MAX_MATERIALS) e.materials = t('events.form.tooManyMaterials', { max: MAX_MATERIALS });
  return e;
}
