import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, el, narrative } from '../../src/modules/iati/iati.xml';
import { sectorShares } from '../../src/modules/iati/iati.codes';

describe('the IATI XML writer', () => {
  it('escapes markup in text and quotes in attributes, keeps non-Latin letters and drops characters XML forbids', () => {
    expect(escapeText('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; "d"');
    expect(escapeAttr(`say "hi" & 'bye'`)).toBe('say &quot;hi&quot; &amp; &apos;bye&apos;');
    expect(narrative('Ñuñoa — Київ — 北京\u0007', 'es')).toBe('<narrative xml:lang="es">Ñuñoa — Київ — 北京</narrative>');
    expect(el('value', { currency: 'NOK', empty: null })).toBe('<value currency="NOK"/>');
  });
});

describe('DAC sector shares', () => {
  it('add up to exactly 100 in whole percentages, one sector per purpose, repeated codes merged', () => {
    const map = { a: ['11110'], b: ['22220', '99999'], c: ['33330'], d: ['11110'] };
    expect(sectorShares(['a', 'b', 'c'], map)).toEqual([
      { code: '11110', percentage: 34 },
      { code: '22220', percentage: 33 },
      { code: '33330', percentage: 33 },
    ]);
    expect(sectorShares(['a', 'd'], map)).toEqual([{ code: '11110', percentage: 100 }]);
    expect(sectorShares(['unmapped'], map)).toEqual([]);
  });
});
