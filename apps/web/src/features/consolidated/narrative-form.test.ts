import { describe, expect, it } from 'vitest';
import { toNarrative, valuesOfNarrative } from './narrative-form';

describe('the consolidated report narrative form', () => {
  it('fills every section in both languages, empty where nothing was written', () => {
    const v = valuesOfNarrative({ summary: { en: 'A good year.' } });
    expect(v.summary).toEqual({ en: 'A good year.', nb: '' });
    expect(v.lessons).toEqual({ en: '', nb: '' });
  });

  it('sends only the sections and languages written, as written', () => {
    const v = valuesOfNarrative({});
    v.summary.nb = 'Et godt år.\n\n';
    v.risks.en = '  Currency risk rose.';
    expect(toNarrative(v)).toEqual({ summary: { nb: 'Et godt år.' }, risks: { en: '  Currency risk rose.' } });
  });
});
