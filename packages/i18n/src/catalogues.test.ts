import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@mic/domain';
import { catalogues, keysOf, translate } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const reference = keysOf(catalogues.en).sort();

  it.each(['nb', 'es'] as const)('%s has exactly the English keys', (lang) => {
    expect(keysOf(catalogues[lang]).sort()).toEqual(reference);
  });

  it.each(['nb', 'es'] as const)('%s keeps every placeholder of the English text', (lang) => {
    for (const key of reference) {
      expect(placeholders(translate(lang, key)), key).toEqual(placeholders(translate('en', key)));
    }
  });

  it('has a message for every error code in every language', () => {
    for (const lang of ['en', 'nb', 'es'] as const) {
      for (const code of ERROR_CODES) {
        expect(keysOf(catalogues[lang]), `${lang} errors.${code}`).toContain(`errors.${code}`);
      }
    }
  });

  it('interpolates parameters and falls back to English for an unknown language', () => {
    expect(translate('es', 'errors.PURPOSE_LIMIT_EXCEEDED', { max: 2 })).toContain('como máximo 2');
    expect(translate('xx', 'errors.NOT_FOUND')).toBe('Not found.');
  });
});
