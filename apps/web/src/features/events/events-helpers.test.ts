import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { EventDetailDto } from '@mic/domain';
import { pickText, registrationClosed } from './event-labels';
import { changedMaterialFields, emptyEvent, eventFieldOf, newMaterial, toEventInput, validateEvent, valuesOfEvent } from './form/event-form';
import { parseEventFilters } from './url-filters';

const t = ((key: string) => key) as unknown as TFunction;

const filled = () => ({
  ...emptyEvent(),
  type: 'network_meeting' as const,
  title: { en: '', nb: '', es: ' Reunión de red ' },
  date: '2027-06-10',
});

describe('event form', () => {
  it('asks for a type, a title in some language and a date unless it is to be announced', () => {
    expect(Object.keys(validateEvent(t, emptyEvent()))).toEqual(['type', 'title', 'date']);
    expect(validateEvent(t, filled())).toEqual({});
    expect(validateEvent(t, { ...emptyEvent(), type: 'webinar', title: { en: 'Webinar', nb: '', es: '' }, tba: true })).toEqual({});
  });

  it('refuses an end before the start, a bad time and addresses that are not http(s)', () => {
    const errors = validateEvent(t, {
      ...filled(),
      endDate: '2027-06-09',
      startTime: '9.30',
      onlineUrl: 'javascript:alert(1)',
      materials: [{ ...newMaterial(), title: '', url: 'ftp://example.org/a' }, { ...newMaterial(), title: 'Slides', url: '' }],
    });
    expect(errors).toEqual({
      endDate: 'errors.DATES_INVALID',
      startTime: 'events.form.timeInvalid',
      onlineUrl: 'events.form.urlInvalid',
      'materials.0.title': 'events.form.materialTitleRequired',
      'materials.0.url': 'events.form.urlInvalid',
      'materials.1.url': 'events.form.materialUrlRequired',
    });
  });

  it('sends trimmed texts, only the languages given, and no dates for "to be announced"', () => {
    const input = toEventInput({ ...filled(), tba: true, endDate: '2027-06-11', startTime: '09:00', place: '  ', invited: [{ id: 'p1', title: 'Stord' }] });
    expect(input).toMatchObject({ title: { es: 'Reunión de red' }, description: {}, date: null, endDate: null, startTime: null, place: null, invitedPartnershipIds: ['p1'] });
  });

  it('reads an event back into the form', () => {
    const e = { type: 'webinar', title: { nb: 'Webinar' }, description: {}, date: null, endDate: null, startTime: null, place: null, onlineUrl: 'https://x.org', materials: [{ title: 'A', url: 'https://a.org' }], invitedPartnerships: [], status: 'cancelled' } as unknown as EventDetailDto;
    const v = valuesOfEvent(e);
    expect(v).toMatchObject({ tba: true, title: { en: '', nb: 'Webinar', es: '' }, onlineUrl: 'https://x.org', status: 'cancelled' });
    expect(v.materials.map((m) => m.url)).toEqual(['https://a.org']);
  });

  it('maps the server’s field paths to the form’s fields', () => {
    expect(eventFieldOf('title')).toBe('title');
    expect(eventFieldOf('title.es')).toBe('title.es');
    expect(eventFieldOf('materials.2.url')).toBe('materials.2.url');
    expect(eventFieldOf('materials')).toBe('materials');
    expect(eventFieldOf('invitedPartnershipIds.3')).toBe('invitedPartnershipIds');
    expect(eventFieldOf('version')).toBe('');
  });

  it('knows which material field an edit changed, and none when one was added or removed', () => {
    const a = { ...newMaterial(), title: 'A', url: 'https://a.org' };
    const b = { ...newMaterial(), title: 'B', url: 'https://b.org' };
    expect(changedMaterialFields([a, b], [a, { ...b, url: 'https://c.org' }])).toEqual(['materials.1.url']);
    expect(changedMaterialFields([a, b], [b])).toEqual([]);
  });
});

describe('event texts and filters', () => {
  it('names the language of a text shown in another language than the interface’s', () => {
    expect(pickText({ en: 'Meeting', es: 'Reunión' }, 'es')).toEqual({ text: 'Reunión', lang: undefined });
    expect(pickText({ en: 'Meeting' }, 'es')).toEqual({ text: 'Meeting', lang: 'en' });
    expect(pickText({}, 'es')).toEqual({ text: '', lang: undefined });
  });

  it('closes registration when the event is cancelled or its day has passed', () => {
    expect(registrationClosed({ status: 'cancelled', date: '2030-01-01' }, '2027-03-10')).toBe('cancelled');
    expect(registrationClosed({ status: 'planned', date: '2027-03-09' }, '2027-03-10')).toBe('over');
    expect(registrationClosed({ status: 'planned', date: '2027-03-10' }, '2027-03-10')).toBeNull();
    expect(registrationClosed({ status: 'planned', date: null }, '2027-03-10')).toBeNull();
  });

  it('keeps only filters the API accepts from the address', () => {
    expect(parseEventFilters(new URLSearchParams('year=2027&upcoming=true&page=2'))).toEqual({ filters: { year: '2027', upcoming: 'true' }, page: 2 });
    expect(parseEventFilters(new URLSearchParams('year=27&upcoming=yes'))).toEqual({ filters: {}, page: 1 });
  });
});
