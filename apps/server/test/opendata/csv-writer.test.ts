import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/modules/opendata/opendata.csv';
import { parseCsv } from './csv';

describe('the CSV writer', () => {
  it('quotes what RFC 4180 needs quoted and reads back to the same text', () => {
    const texts = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'one\nline', ' padded ', 'Ñandú – 水', ''];
    const file = toCsv([{ header: 'text', value: (r: string) => r }], texts);
    expect(parseCsv(file).slice(1).map((r) => r[0])).toEqual(texts);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('puts an apostrophe before a text a spreadsheet would run as a formula', () => {
    for (const danger of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '=HYPERLINK("x")']) expect(csvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
  });

  it('writes numbers, plain decimals and empty cells as they are', () => {
    expect([csvCell(-12), csvCell('-12.50'), csvCell('1234.50'), csvCell(null), csvCell(true)]).toEqual(['-12', '-12.50', '1234.50', '', 'true']);
  });
});
