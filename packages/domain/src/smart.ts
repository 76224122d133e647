import { localize, type LocalizedText } from './i18n-text';
import {
  SMART_LETTERS,
  type ResultLevel,
  type SmartCheck,
  type SmartLetter,
  type SmartLetterCheck,
  type SmartReason,
  type SmartSummary,
} from './results-types';

/**
 * The guideline's "double objective": two levels of the results chain in one statement, e.g.
 * "Train 20 staff in waste sorting so that household waste collected rises to 80 %" (an output and an
 * outcome). The heuristic is deliberately plain, so the reason can explain it: a statement is flagged
 * when a linking phrase that introduces a further aim or a means joins two substantial clauses
 * (at least MIN_CLAUSE_WORDS words on each side).
 */
export const MIN_CLAUSE_WORDS = 3;

/** Linking phrases per language, longest first within each so the longest match wins. */
export const DOUBLE_OBJECTIVE_CONNECTORS: Record<'en' | 'es' | 'nb', string[]> = {
  en: [
    'in order to',
    'so as to',
    'so that',
    'to ensure',
    'to make sure',
    'which will',
    'which in turn',
    'leading to',
    'resulting in',
    'by means of',
    'and thereby',
    'thereby',
    'through',
  ],
  es: [
    'lo que permitirá',
    'con el fin de',
    'con el objetivo de',
    'de modo que',
    'de manera que',
    'para asegurar',
    'para garantizar',
    'a través de',
    'para que',
    'a fin de',
    'mediante',
  ],
  nb: ['som skal føre til', 'i den hensikt å', 'med mål om å', 'noe som vil', 'for å sikre', 'slik at', 'for at', 'gjennom', 'for å', 'ved å'],
};

/** Patterns beyond fixed phrases: English "by <verb>ing", Spanish "para <infinitive>". */
const PATTERNS: { connector: (m: RegExpExecArray) => string; re: RegExp }[] = [
  { re: /(?<![\p{L}\p{N}])by\s+(\p{L}+ing)(?![\p{L}\p{N}])/iu, connector: () => 'by …ing' },
  { re: /(?<![\p{L}\p{N}])para\s+(\p{L}+(?:ar|er|ir))(?![\p{L}\p{N}])/iu, connector: () => 'para + infinitivo' },
];

export interface DoubleObjective {
  /** The linking phrase found, as written in the list above (lower case). */
  connector: string;
  /** The clause before it and the clause after it, trimmed. */
  first: string;
  second: string;
}

const words = (s: string) => s.split(/[^\p{L}\p{N}%]+/u).filter(Boolean).length;

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PHRASES = Object.values(DOUBLE_OBJECTIVE_CONNECTORS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((phrase) => ({ phrase, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu') }));

/** The first linking phrase that joins two substantial clauses, or null when the statement has one level. */
export function findDoubleObjective(text: string): DoubleObjective | null {
  const candidates: { index: number; length: number; connector: string }[] = [];
  for (const { phrase, re } of PHRASES) {
    const m = re.exec(text);
    if (m) candidates.push({ index: m.index, length: m[0].length, connector: phrase });
  }
  for (const { re, connector } of PATTERNS) {
    const m = re.exec(text);
    if (m) candidates.push({ index: m.index, length: m[0].length - (m[1]?.length ?? 0), connector: connector(m) });
  }
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  for (const c of candidates) {
    const first = text.slice(0, c.index).trim().replace(/[,;:]+$/, '').trim();
    const second = text.slice(c.index + c.length).trim();
    if (words(first) >= MIN_CLAUSE_WORDS && words(second) >= MIN_CLAUSE_WORDS) return { connector: c.connector, first, second };
  }
  return null;
}

export const MIN_JUSTIFICATION_WORDS = 3;

/** What the SMART check needs of one result. */
export interface SmartInput {
  level: ResultLevel;
  statement: LocalizedText;
  justification: string | null;
  purpose: string | null;
  indicators: { name: LocalizedText; endTarget: number | null; targets: { year: number }[] }[];
}

export interface SmartContext {
  workingLanguage: string;
  /** The partnership's purposes. */
  purposes: string[];
  startYear: number;
  endYear: number;
}

const letter = (reasons: SmartReason[]): SmartLetterCheck => ({ pass: reasons.length === 0, reasons });

/**
 * The SMART check of an objective (impact, outcome or output), per letter: pass, or the reasons to act
 * on. Activities are not objectives: null.
 */
export function checkSmart(result: SmartInput, ctx: SmartContext): SmartCheck | null {
  if (result.level === 'activity') return null;
  const lang = ctx.workingLanguage;

  const specific: SmartReason[] = [];
  const own = (result.statement[lang] ?? '').trim();
  if (!own) specific.push({ code: 'STATEMENT_MISSING', params: { language: lang } });
  const texts = [own, ...Object.entries(result.statement).filter(([l]) => l !== lang).map(([, t]) => (t ?? '').trim())].filter(Boolean);
  for (const text of texts) {
    const found = findDoubleObjective(text);
    if (found) {
      specific.push({ code: 'DOUBLE_OBJECTIVE', params: { connector: found.connector, first: found.first, second: found.second } });
      break;
    }
  }

  const measurable: SmartReason[] = [];
  if (result.indicators.length === 0) measurable.push({ code: 'NO_INDICATOR' });
  for (const i of result.indicators) {
    if (i.endTarget === null) measurable.push({ code: 'INDICATOR_WITHOUT_TARGET', params: { indicator: localize(i.name, lang) } });
  }

  const achievable: SmartReason[] = [];
  const justification = (result.justification ?? '').trim();
  if (justification.split(/\s+/).filter(Boolean).length < MIN_JUSTIFICATION_WORDS) achievable.push({ code: 'NO_JUSTIFICATION' });

  const relevant: SmartReason[] = [];
  if (!result.purpose) relevant.push({ code: 'NO_PURPOSE' });
  else if (!ctx.purposes.includes(result.purpose)) relevant.push({ code: 'PURPOSE_NOT_OF_PARTNERSHIP', params: { purpose: result.purpose } });

  const timeBound: SmartReason[] = [];
  const hasTarget = result.indicators.some((i) => i.endTarget !== null || i.targets.length > 0);
  if (!hasTarget) timeBound.push({ code: 'NO_TARGET_YEARS' });
  for (const i of result.indicators) {
    for (const t of i.targets) {
      if (t.year < ctx.startYear || t.year > ctx.endYear) {
        timeBound.push({
          code: 'TARGET_OUTSIDE_PERIOD',
          params: { indicator: localize(i.name, lang), year: t.year, startYear: ctx.startYear, endYear: ctx.endYear },
        });
      }
    }
  }

  const letters: Record<SmartLetter, SmartLetterCheck> = {
    specific: letter(specific),
    measurable: letter(measurable),
    achievable: letter(achievable),
    relevant: letter(relevant),
    timeBound: letter(timeBound),
  };
  return { pass: SMART_LETTERS.every((l) => letters[l].pass), letters };
}

/** How many objectives were checked and pass, and how many fail each letter. */
export function smartSummary(checks: (SmartCheck | null)[]): SmartSummary {
  const done = checks.filter((c): c is SmartCheck => c !== null);
  const failingByLetter = Object.fromEntries(SMART_LETTERS.map((l) => [l, done.filter((c) => !c.letters[l].pass).length])) as Record<SmartLetter, number>;
  return { checked: done.length, passing: done.filter((c) => c.pass).length, failingByLetter };
}
