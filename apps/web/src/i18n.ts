import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from '@mic/i18n';
import { isLanguage, negotiateLanguage, type Language } from '@mic/domain';
import { setRequestLanguage } from './api/client';

export const STORAGE_KEY = 'mic.language';

/** Before sign-in: the last choice made on this browser, else the browser's own languages. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage may be blocked; fall back to the browser's languages
  }
  const browser = navigator.languages?.length ? navigator.languages.join(',') : navigator.language;
  return negotiateLanguage(browser, 'en');
}

export function rememberLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not fatal
  }
}

function applyLanguage(lang: string) {
  document.documentElement.lang = lang;
  setRequestLanguage(lang);
}

const lng = initialLanguage();
void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: catalogues.en },
    nb: { translation: catalogues.nb },
    es: { translation: catalogues.es },
  },
  lng,
  fallbackLng: 'en',
  supportedLngs: ['en', 'nb', 'es'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(lng);
i18n.on('languageChanged', applyLanguage);

export default i18n;
