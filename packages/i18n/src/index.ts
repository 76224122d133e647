import type { ErrorCatalogue } from './errors.en';
import type { UiCatalogue } from './ui.en';
import { catalogueEn } from './catalogue.en';
import { catalogueEs } from './catalogue.es';
import { catalogueNb } from './catalogue.nb';

/** A whole catalogue: error messages under `errors`, interface texts beside them. */
export type Catalogue = UiCatalogue & { errors: ErrorCatalogue };
export const catalogues: Record<'en' | 'nb' | 'es', Catalogue> = {
  en: catalogueEn,
  nb: catalogueNb,
  es: catalogueEs,
};

/** Fills `{{name}}` placeholders. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Looks a dotted key up in one catalogue, falling back to English, then to the key itself. */
export function translate(lang: string, key: string, params?: Record<string, string | number>): string {
  const find = (cat: unknown): string | undefined => {
    let node: unknown = cat;
    for (const part of key.split('.')) {
      if (node && typeof node === 'object' && part in node) node = (node as Record<string, unknown>)[part];
      else return undefined;
    }
    return typeof node === 'string' ? node : undefined;
  };
  const cat = catalogues[lang as keyof typeof catalogues] ?? catalogues.en;
  return interpolate(find(cat) ?? find(catalogues.en) ?? key, params);
}

/** Every dotted key of a catalogue, for the completeness test. */
export function keysOf(cat: unknown, prefix = ''): string[] {
  if (!cat || typeof cat !== 'object') return [prefix];
  return Object.entries(cat).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
