import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue } from '@mic/i18n/lazy';
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

/**
 * Each language's catalogue is a chunk of its own, fetched when that language is first used: i18next
 * asks this backend before it switches, so the old language stays on screen until the new one is
 * there (never bare keys).
 */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    loadCatalogue(language).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

const lng = initialLanguage();
/** Resolves when the first language's catalogue is loaded; main.tsx renders after it. */
export const i18nReady = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng,
    // No fallback language: every catalogue has every English key (packages/i18n tests check), and a
    // fallback would make every Norwegian or Spanish reader download the English catalogue as well.
    fallbackLng: false,
    supportedLngs: ['en', 'nb', 'es'],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
applyLanguage(lng);
i18n.on('languageChanged', applyLanguage);

export default i18n;
