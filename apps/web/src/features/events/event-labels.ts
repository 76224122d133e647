import { useTranslation } from 'react-i18next';
import { localize, type EventSummaryDto, type LocalizedText } from '@mic/domain';
import { formatDay, todayIso } from '../risks/risk-labels';

type When = Pick<EventSummaryDto, 'date' | 'endDate' | 'startTime'>;

/**
 * A text in the interface language, else in the one `localize` falls back to; `lang` names that
 * other language, so that a screen reader reads the words as they are written (WCAG 3.1.2).
 */
export function pickText(text: LocalizedText, uiLang: string): { text: string; lang: string | undefined } {
  const value = localize(text, uiLang);
  const found = text[uiLang] ? uiLang : Object.keys(text).find((l) => text[l] === value);
  return { text: value, lang: found && found !== uiLang ? found : undefined };
}

/** An event's title, date and place as the interface language shows them. */
export function useEventText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const day = (iso: string) => formatDay(iso, lang);
  return {
    lang,
    day,
    /** The title in the interface language, else in another one it was given in. */
    title: (e: Pick<EventSummaryDto, 'title'>) => localize(e.title, lang) || t('events.untitled'),
    /** The language the title is shown in, when it is not the interface's. */
    titleLang: (e: Pick<EventSummaryDto, 'title'>) => pickText(e.title, lang).lang,
    type: (e: Pick<EventSummaryDto, 'type'>) => t(`events.types.${e.type}`),
    /** "12 March 2027 – 14 March 2027, 09:00", or "To be announced". */
    when: (e: When) => {
      if (!e.date) return t('events.tba');
      const days = e.endDate && e.endDate !== e.date ? t('events.dateRange', { from: day(e.date), to: day(e.endDate) }) : day(e.date);
      return e.startTime ? t('events.dateTime', { date: days, time: e.startTime }) : days;
    },
    /** "Antigua Guatemala", "Online", "Antigua Guatemala and online", or "To be announced". */
    where: (e: Pick<EventSummaryDto, 'place' | 'onlineUrl'>) => {
      if (e.place && e.onlineUrl) return t('events.placeAndOnline', { place: e.place });
      return e.place || (e.onlineUrl ? t('events.online') : t('events.tba'));
    },
  };
}

/** Registration is closed once an event is cancelled or its (first) day has passed. */
export function registrationClosed(e: Pick<EventSummaryDto, 'status' | 'date'>, today = todayIso()): 'cancelled' | 'over' | null {
  if (e.status === 'cancelled') return 'cancelled';
  return e.date && e.date < today ? 'over' : null;
}
