/**
 * Comparing two submitted versions of an annual report, section by section (issue 8): a word-level
 * diff the reviewer reads inline, and each section as the plain text that diff is taken over.
 */
import { MUNICIPALITY_SIDES } from './documents';
import { minorToDecimal } from './money';
import type { ReportContent, ReportSection } from './reports-types';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The LCS table is (n+1)·(m+1) cells; beyond this many, words give way to lines, and beyond it
 * for lines too, the changed middle is shown as removed-then-added. Keeps memory bounded (~8 MB).
 */
const MAX_CELLS = 4_000_000;

/** Words and the whitespace between them, both kept, so the parts join back to the exact texts. */
function words(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/** Lines with their line break kept. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+/g) ?? [];
}

function push(out: DiffPart[], kind: DiffPart['kind'], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** Longest common subsequence of two token lists, walked back into parts. Assumes n·m ≤ MAX_CELLS. */
function lcs(a: string[], b: string[], out: DiffPart[]) {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // min(n, m) ≤ 2000 under MAX_CELLS, so lengths fit in 16 bits.
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) push(out, 'removed', a[i++]!);
    else push(out, 'added', b[j++]!);
  }
  while (i < n) push(out, 'removed', a[i++]!);
  while (j < m) push(out, 'added', b[j++]!);
}

/** Diffs token lists after setting aside their common start and end (most edits touch a small middle). */
function diffTokens(a: string[], b: string[], out: DiffPart[], fallback?: (a: string, b: string, out: DiffPart[]) => void) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) <= MAX_CELLS) lcs(midA, midB, out);
  else if (fallback) fallback(midA.join(''), midB.join(''), out);
  else {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  }
  push(out, 'same', a.slice(endA).join(''));
}

/**
 * What changed from `before` to `after`, word by word, whitespace kept: the `same` and `added`
 * parts joined give `after`, the `same` and `removed` parts give `before`. Very long texts are
 * compared line by line instead.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const out: DiffPart[] = [];
  diffTokens(words(before), words(after), out, (a, b, o) => diffTokens(lines(a), lines(b), o));
  return out;
}

/**
 * One section of a report as plain text, the way the comparison of two versions reads it:
 * outcomes one contribution per paragraph, the financial report one line per budget line.
 */
export function reportSectionText(content: ReportContent, section: ReportSection): string {
  const n = content.narrative;
  switch (section) {
    case 'outcomes':
      return n.outcomes.map((o) => o.contribution).join('\n\n');
    case 'indicators':
      return n.indicatorNotes;
    case 'risks':
      return n.riskReview;
    case 'home_learning':
      return n.homeLearning;
    case 'lessons':
      return n.lessons;
    case 'visibility':
      return MUNICIPALITY_SIDES.map((side) => n.visibility[side] ?? '').join('\n\n');
    case 'financial': {
      const f = content.financial;
      const rows = f.lines.map((l) => `${l.lineId}: ${l.actual === null ? '—' : minorToDecimal(l.actual)} — ${l.explanation}`);
      return [...rows, '', f.unspentExplanation].join('\n');
    }
  }
}
