import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWords, reportSectionText, type DiffPart } from './report-diff';
import type { ReportContent } from './reports-types';

const join = (parts: DiffPart[], kinds: DiffPart['kind'][]) =>
  parts
    .filter((p) => kinds.includes(p.kind))
    .map((p) => p.text)
    .join('');

/** Texts built from a small vocabulary, so that the two sides share words often. */
const text = fc.array(fc.constantFrom('water', 'school', 'the', 'and', ' ', '  ', '\n', 'ñandú', 'Å', '.'), { maxLength: 60 }).map((t) => t.join(''));

describe('diffWords', () => {
  it('marks a replaced word and keeps the rest as it was', () => {
    expect(diffWords('We trained ten teachers.', 'We trained twelve teachers.')).toEqual([
      { kind: 'same', text: 'We trained ' },
      { kind: 'removed', text: 'ten' },
      { kind: 'added', text: 'twelve' },
      { kind: 'same', text: ' teachers.' },
    ]);
  });

  it('shows added and removed sentences, and nothing for equal or empty texts', () => {
    expect(diffWords('A. B.', 'A. New. B.')).toEqual([
      { kind: 'same', text: 'A. ' },
      { kind: 'added', text: 'New. ' },
      { kind: 'same', text: 'B.' },
    ]);
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('joins back to both texts, whatever they are', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffWords(before, after);
        expect(join(parts, ['same', 'added'])).toBe(after);
        expect(join(parts, ['same', 'removed'])).toBe(before);
        // Neighbouring parts of the same kind are merged.
        parts.forEach((p, i) => i && expect(p.kind).not.toBe(parts[i - 1]!.kind));
      }),
    );
  });

  it('compares very long texts line by line, quickly, and still joins back', () => {
    const para = (i: number) => `Paragraph ${i} ${'word '.repeat(40)}\n`;
    const before = Array.from({ length: 400 }, (_, i) => para(i)).join('');
    const after = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? `Changed ${i}\n` : para(i))).join('');
    const started = Date.now();
    const parts = diffWords(before, after);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(join(parts, ['same', 'added'])).toBe(after);
    expect(join(parts, ['same', 'removed'])).toBe(before);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toContain('Changed 7\n');
    expect(parts.filter((p) => p.kind === 'same').some((p) => p.text.includes('Paragraph 1 '))).toBe(true);
  });
});

describe('reportSectionText', () => {
  const content: ReportContent = {
    narrative: {
      outcomes: [
        { resultId: 'o1', contribution: 'Clean water in two schools.' },
        { resultId: 'o2', contribution: 'Teachers trained.' },
      ],
      indicatorNotes: 'Notes',
      riskReview: 'Risks',
      homeLearning: 'Home learning',
      lessons: 'Lessons',
      visibility: { home: 'Local newspaper', partner: 'Radio' },
    },
    financial: {
      lines: [
        { lineId: 'l1', actual: 1_234_50, localActual: null, explanation: '' },
        { lineId: 'l2', actual: null, localActual: null, explanation: 'Delayed' },
      ],
      unspentExplanation: 'Returned to the programme.',
    },
  };

  it('gives each outcome its own paragraph and each budget line its own line', () => {
    expect(reportSectionText(content, 'outcomes')).toBe('Clean water in two schools.\n\nTeachers trained.');
    expect(reportSectionText(content, 'visibility')).toBe('Local newspaper\n\nRadio');
    expect(reportSectionText(content, 'lessons')).toBe('Lessons');
    expect(reportSectionText(content, 'financial')).toBe('l1: 1234.50 — \nl2: — — Delayed\n\nReturned to the programme.');
  });
});
