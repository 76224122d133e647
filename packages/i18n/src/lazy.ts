import type { Catalogue } from './index';

export type CatalogueLanguage = 'en' | 'nb' | 'es';

/**
 * Loads one language's catalogue on demand. The web app imports this module instead of the index, so
 * each language becomes a chunk of its own and a visitor downloads only the language they read.
 */
const loaders: Record<CatalogueLanguage, () => Promise<Catalogue>> = {
  en: () => import('./catalogue.en').then((m) => m.catalogueEn),
  nb: () => import('./catalogue.nb').then((m) => m.catalogueNb),
  es: () => import('./catalogue.es').then((m) => m.catalogueEs),
};

export function loadCatalogue(lang: string): Promise<Catalogue> {
  const load = loaders[lang as CatalogueLanguage];
  return load ? load() : Promise.reject(new Error(`No catalogue for language "${lang}"`));
}
